package org.drillbook.drill;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The drill catalogue. */
@Service
public class DrillTypeService {

	private final DrillTypeRepository drillTypes;

	private final Clock clock;

	DrillTypeService(DrillTypeRepository drillTypes, Clock clock) {
		this.drillTypes = drillTypes;
		this.clock = clock;
	}

	@Transactional
	public long define(DrillTypeDefinition definition) {
		return this.drillTypes.save(new DrillType(definition, this.clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return this.drillTypes.existsByNameIgnoreCase(name);
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return this.drillTypes.countByRetiredFalse();
	}

}
