package org.drillbook.unit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The battalion's hierarchy of units. */
@Service
public class UnitService {

	private final UnitRepository units;

	private final Clock clock;

	UnitService(UnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Creates a unit under the unit with the given parent code (or at the top when null).
	 * @return the new unit's id
	 */
	@Transactional
	public long create(String code, String name, String parentCode) {
		Unit parent = (parentCode != null)
				? this.units.findByCode(parentCode).orElseThrow(() -> new UnitNotFoundException(parentCode)) : null;
		return this.units.save(new Unit(code, name, parent, this.clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return this.units.findByCode(code).isPresent();
	}

	/** An existing unit, for another feature to refer to. */
	@Transactional(readOnly = true)
	public Unit reference(String code) {
		return this.units.findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return this.units.countByArchivedFalse();
	}

}
