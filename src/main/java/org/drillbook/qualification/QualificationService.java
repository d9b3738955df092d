package org.drillbook.qualification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.qualification.internal.Qualification;
import org.drillbook.qualification.internal.QualificationRecords;
import org.drillbook.qualification.internal.QualificationRepository;

/**
 * Qualification definitions and what units require: admins define and change them (each
 * change a new revision, recorded and audited); instructors read them.
 */
@Service
public class QualificationService {

	private final QualificationRepository qualifications;

	private final QualificationRecords records;

	private final DrillTypeService drillTypes;

	private final UnitService units;

	private final AuditService audit;

	private final Clock clock;

	QualificationService(QualificationRepository qualifications, QualificationRecords records,
			DrillTypeService drillTypes, UnitService units, AuditService audit, Clock clock) {
		this.qualifications = qualifications;
		this.records = records;
		this.drillTypes = drillTypes;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<QualificationRow> list(boolean includeRetired, Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		Page<Qualification> page = this.qualifications.list(includeRetired, pageable);
		List<QualificationRow> rows = rows(page.getContent());
		return new PageImpl<>(rows, pageable, page.getTotalElements());
	}

	/** Active qualifications in name order, for choosing in a form. */
	@Transactional(readOnly = true)
	public List<QualificationRow> active(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		return rows(this.qualifications.findActive());
	}

	@Transactional(readOnly = true)
	public QualificationDetails details(long id, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		Qualification qualification = find(id);
		Map<Long, String> names = drillNames(this.records.drillTypesEverRequired(id));
		List<Long> unitIds = this.records.unitsRequiring(id);
		Map<Long, String> requiredBy = new LinkedHashMap<>();
		(unitIds.isEmpty() ? Map.<Long, String>of() : this.units.codesOf(unitIds)).entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach((unit) -> requiredBy.put(unit.getKey(), unit.getValue()));
		return new QualificationDetails(rows(List.of(qualification)).get(0), this.records.revisions(id, names),
				requiredBy);
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return this.qualifications.existsByNameIgnoreCase(name);
	}

	@Transactional
	public long define(QualificationDefinition definition, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (this.qualifications.existsByNameIgnoreCase(definition.name())) {
			throw new DuplicateQualificationException(definition.name());
		}
		Map<Long, String> names = checkDrillTypes(definition.requirements(), List.of());
		Instant now = this.clock.instant();
		Qualification qualification = this.qualifications
			.saveAndFlush(new Qualification(definition.name(), definition.description(), now));
		this.records.saveRevision(qualification.getId(), 1, definition.requirements(), null, actor.getUsername(), now);
		this.audit.record(actor.getUsername(), AuditAction.QUALIFICATION_DEFINED, AuditRecordType.QUALIFICATION,
				qualification.getId(),
				Changes.of()
					.set("name", definition.name())
					.set("requirements", describe(definition.requirements(), names)));
		return qualification.getId();
	}

	/**
	 * Changes a qualification: a new revision with its requirements, from now on; the
	 * earlier revisions stay readable with who changed them, when and why.
	 */
	@Transactional
	public void redefine(long id, QualificationDefinition definition, String reason, long version,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Qualification qualification = findForChange(id, version);
		if (this.qualifications.nameTakenByAnother(definition.name(), id)) {
			throw new DuplicateQualificationException(definition.name());
		}
		List<Requirement> before = this.records.currentRequirements(List.of(id)).getOrDefault(id, List.of());
		Map<Long, String> names = checkDrillTypes(definition.requirements(), before);
		String nameBefore = qualification.getName();
		int revision = qualification.redefine(definition.name(), definition.description());
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.records.saveRevision(id, revision, definition.requirements(), why, actor.getUsername(),
				this.clock.instant());
		this.qualifications.saveAndFlush(qualification);
		this.audit.record(actor.getUsername(), AuditAction.QUALIFICATION_CHANGED, AuditRecordType.QUALIFICATION, id,
				Changes.of()
					.change("name", nameBefore, definition.name())
					.change("requirements", describe(before, names), describe(definition.requirements(), names))
					.set("revision", revision)
					.set("reason", why));
	}

	@Transactional
	public void retire(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		findForChange(id, version).retire();
		this.audit.record(actor.getUsername(), AuditAction.QUALIFICATION_RETIRED, AuditRecordType.QUALIFICATION, id,
				null);
	}

	@Transactional
	public void reinstate(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		findForChange(id, version).reinstate();
		this.audit.record(actor.getUsername(), AuditAction.QUALIFICATION_REINSTATED, AuditRecordType.QUALIFICATION, id,
				null);
	}

	private List<QualificationRow> rows(List<Qualification> page) {
		Map<Long, List<Requirement>> requirements = this.records
			.currentRequirements(page.stream().map(Qualification::getId).toList());
		Map<Long, String> names = drillNames(requirements.values()
			.stream()
			.flatMap(List::stream)
			.map(Requirement::drillTypeId)
			.collect(Collectors.toSet()));
		return page.stream()
			.map((q) -> new QualificationRow(q.getId(), q.getName(), q.getDescription(), q.getRevision(), q.isRetired(),
					requirements.getOrDefault(q.getId(), List.of())
						.stream()
						.map((r) -> new RequirementRow(r, names.getOrDefault(r.drillTypeId(), "#" + r.drillTypeId())))
						.toList(),
					q.getVersion()))
			.toList();
	}

	private Map<Long, String> drillNames(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.drillTypes.findAll(ids).stream().collect(Collectors.toMap(DrillTypeRow::id, DrillTypeRow::name));
	}

	/**
	 * Refuses unknown drill types; returns the names of the given and the earlier ones.
	 */
	private Map<Long, String> checkDrillTypes(List<Requirement> requirements, List<Requirement> before) {
		Set<Long> ids = requirements.stream().map(Requirement::drillTypeId).collect(Collectors.toSet());
		Map<Long, String> names = drillNames(ids);
		if (names.size() != ids.size()) {
			throw new QualificationException("qualification.error.unknownDrill");
		}
		Map<Long, String> all = new HashMap<>(names);
		all.putAll(drillNames(before.stream()
			.map(Requirement::drillTypeId)
			.filter((id) -> !names.containsKey(id))
			.collect(Collectors.toSet())));
		return all;
	}

	/** A summary for the audit trail: drill, rule, N, days. */
	private static String describe(List<Requirement> requirements, Map<Long, String> drillNames) {
		return requirements.stream()
			.map((r) -> drillNames.get(r.drillTypeId()) + " " + r.rule() + " x" + r.minPasses() + " in "
					+ r.windowDays() + "d")
			.collect(Collectors.joining("; "));
	}

	private Qualification find(long id) {
		return this.qualifications.findById(id).orElseThrow(() -> new QualificationNotFoundException(id));
	}

	private Qualification findForChange(long id, long version) {
		Qualification qualification = find(id);
		if (qualification.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Qualification.class, id);
		}
		return qualification;
	}

}
