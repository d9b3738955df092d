package org.drillbook.drill;

import java.time.Clock;

import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The drill catalogue. */
@Service
public class DrillTypeService {

	private final DrillTypeRepository drillTypes;

	private final AuditService audit;

	private final Clock clock;

	DrillTypeService(DrillTypeRepository drillTypes, AuditService audit, Clock clock) {
		this.drillTypes = drillTypes;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long define(DrillTypeDefinition definition) {
		long id = this.drillTypes.save(new DrillType(definition, this.clock.instant())).getId();
		this.audit.record("system", "DRILL_TYPE_DEFINED", "DrillType", id,
				Changes.of().set("name", definition.name()).set("standard", definition.standard()));
		return id;
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
