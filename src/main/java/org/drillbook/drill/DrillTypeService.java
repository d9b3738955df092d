package org.drillbook.drill;

import java.time.Clock;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.drill.internal.DrillStandards;
import org.drillbook.drill.internal.DrillType;
import org.drillbook.drill.internal.DrillTypeRepository;

/**
 * The drill catalogue: admins define, change and retire drill types; everyone reads it.
 */
@Service
public class DrillTypeService {

	private final DrillTypeRepository drillTypes;

	private final DrillStandards standards;

	private final AuditService audit;

	private final Clock clock;

	DrillTypeService(DrillTypeRepository drillTypes, DrillStandards standards, AuditService audit, Clock clock) {
		this.drillTypes = drillTypes;
		this.standards = standards;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<DrillTypeRow> catalogue(boolean includeRetired, Pageable pageable) {
		return this.drillTypes.catalogue(includeRetired, pageable).map(DrillType::row);
	}

	@Transactional(readOnly = true)
	public DrillTypeRow find(long id) {
		return this.drillTypes.findById(id).map(DrillType::row).orElseThrow(() -> new DrillTypeNotFoundException(id));
	}

	/** Defines a drill type as Drillbook itself (demo data, first start). */
	@Transactional
	public long define(DrillTypeDefinition definition) {
		return define(definition, DrillbookUser.SYSTEM);
	}

	@Transactional
	public long define(DrillTypeDefinition definition, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (this.drillTypes.existsByNameIgnoreCase(definition.name().strip())) {
			throw new DuplicateDrillTypeException(definition.name());
		}
		DrillType drillType = this.drillTypes.saveAndFlush(new DrillType(definition, this.clock.instant()));
		long id = drillType.getId();
		this.standards.add(id, drillType.getStandardRevision(), drillType.definition(), this.clock.instant(),
				actor.getUsername());
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_DEFINED, AuditRecordType.DRILL_TYPE, id,
				Changes.of().set("name", definition.name()).set("standard", definition.standard()));
		return id;
	}

	@Transactional
	public void redefine(long id, DrillTypeDefinition definition, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		DrillType drillType = findForChange(id, version);
		if (this.drillTypes.nameTakenByAnother(definition.name().strip(), id)) {
			throw new DuplicateDrillTypeException(definition.name());
		}
		DrillTypeDefinition before = drillType.definition();
		if (drillType.redefine(definition)) {
			this.drillTypes.flush();
			this.standards.add(id, drillType.getStandardRevision(), drillType.definition(), this.clock.instant(),
					actor.getUsername());
		}
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_CHANGED, AuditRecordType.DRILL_TYPE, id,
				Changes.of()
					.change("name", before.name(), definition.name().strip())
					.change("category", before.category(), definition.category())
					.change("standard", before.standard(), definition.standard())
					.change("maxPoints", before.maxPoints(), definition.maxPoints())
					.change("passPoints", before.passPoints(), definition.passPoints())
					.change("timeLimitSeconds", before.timeLimitSeconds(), definition.timeLimitSeconds())
					.change("minHits", before.minHits(), definition.minHits())
					.change("roundsPerAttempt", before.roundsPerAttempt(), definition.roundsPerAttempt())
					.change("steps", ChecklistStep.format(before.steps()), ChecklistStep.format(definition.steps()))
					.change("passShare", before.passShare(), definition.passShare()));
	}

	/** Retires a drill type: new sessions no longer offer it; its history stays. */
	@Transactional
	public void retire(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		findForChange(id, version).retire();
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_RETIRED, AuditRecordType.DRILL_TYPE, id, null);
	}

	@Transactional
	public void reinstate(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		findForChange(id, version).reinstate();
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_REINSTATED, AuditRecordType.DRILL_TYPE, id, null);
	}

	/**
	 * The standard of a drill type as it was at a revision (a result is judged, and
	 * corrected, by the revision it was logged under).
	 */
	@Transactional(readOnly = true)
	public DrillTypeDefinition standardAt(long id, int revision) {
		DrillTypeRow drill = find(id);
		return this.standards.find(id, revision, drill.definition())
			.map(StandardRevision::standard)
			.orElse(drill.definition());
	}

	/**
	 * Every revision of the given drill types' standards, oldest first, in two queries.
	 */
	@Transactional(readOnly = true)
	public java.util.List<StandardRevision> revisions(java.util.Collection<Long> ids) {
		java.util.Map<Long, DrillTypeDefinition> current = new java.util.HashMap<>();
		this.drillTypes.findAllById(ids).forEach((d) -> current.put(d.getId(), d.definition()));
		return this.standards.of(current.keySet(), current);
	}

	/** The given drill types, by name, in one query. */
	@Transactional(readOnly = true)
	public java.util.List<DrillTypeRow> findAll(java.util.Collection<Long> ids) {
		return this.drillTypes.findAllById(ids)
			.stream()
			.map(DrillType::row)
			.sorted(java.util.Comparator.comparing(DrillTypeRow::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Drill types a new session may cover. */
	@Transactional(readOnly = true)
	public java.util.List<DrillTypeRow> active() {
		return this.drillTypes.catalogue(false, org.springframework.data.domain.PageRequest.of(0, 1000))
			.map(DrillType::row)
			.getContent();
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return this.drillTypes.existsByNameIgnoreCase(name);
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return this.drillTypes.countByRetiredFalse();
	}

	private DrillType findForChange(long id, long version) {
		DrillType drillType = this.drillTypes.findById(id).orElseThrow(() -> new DrillTypeNotFoundException(id));
		if (drillType.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DrillType.class, id);
		}
		return drillType;
	}

}
