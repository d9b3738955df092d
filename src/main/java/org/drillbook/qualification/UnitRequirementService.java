package org.drillbook.qualification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.unit.UnitService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.qualification.internal.QualificationRecords;
import org.drillbook.qualification.internal.QualificationRepository;

/**
 * What units require of their members: each unit's own qualifications and those it
 * inherits from the units above it. Admins set them (audited); admins and instructors
 * read them.
 */
@Service
public class UnitRequirementService {

	private final QualificationRepository qualifications;

	private final QualificationRecords records;

	private final UnitService units;

	private final AuditService audit;

	private final Clock clock;

	UnitRequirementService(QualificationRepository qualifications, QualificationRecords records, UnitService units,
			AuditService audit, Clock clock) {
		this.qualifications = qualifications;
		this.records = records;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a unit requires, for everyone who may see the unit. */
	@Transactional(readOnly = true)
	public UnitRequirements requiredOf(long unitId, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		this.units.details(unitId, actor);
		return requiredOf(unitId);
	}

	UnitRequirements requiredOf(long unitId) {
		Map<Long, Long> all = this.records.requiredOf(unitId);
		Set<Long> own = new LinkedHashSet<>();
		Map<Long, Long> inheritedFrom = new HashMap<>();
		all.forEach((qualification, unit) -> {
			if (unit == unitId) {
				own.add(qualification);
			}
			else {
				inheritedFrom.put(qualification, unit);
			}
		});
		Map<Long, String> codes = inheritedFrom.isEmpty() ? Map.of() : this.units.codesOf(inheritedFrom.values());
		Map<Long, String> inherited = new HashMap<>();
		inheritedFrom.forEach((q, u) -> inherited.put(q, codes.get(u)));
		return new UnitRequirements(own, inherited);
	}

	/** Sets the qualifications the unit itself requires of its members and sub-units'. */
	@Transactional
	public void requireOfUnit(long unitId, Collection<Long> qualificationIds, DrillbookUser actor) {
		requireOfUnit(unitId, qualificationIds, null, actor);
	}

	/**
	 * Sets the qualifications the unit itself requires, refusing when they are no longer
	 * {@code expected} (what the admin's form showed): someone else changed them first.
	 */
	@Transactional
	public void requireOfUnit(long unitId, Collection<Long> qualificationIds, Collection<Long> expected,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		String code = this.units.details(unitId, actor).code();
		Set<Long> before = requiredOf(unitId).own();
		if (expected != null && !before.equals(new HashSet<>(expected))) {
			throw new OptimisticLockingFailureException("unit requirements changed");
		}
		Set<Long> wanted = new HashSet<>(qualificationIds);
		Map<Long, String> names = new HashMap<>();
		this.qualifications.findAllById(union(before, wanted)).forEach((q) -> names.put(q.getId(), q.getName()));
		wanted.stream().filter((q) -> !names.containsKey(q)).findFirst().ifPresent((unknown) -> {
			throw new QualificationNotFoundException(unknown);
		});
		this.records.requireOfUnit(unitId, wanted, actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.UNIT_QUALIFICATIONS_REQUIRED, AuditRecordType.UNIT, unitId,
				Changes.of()
					.set("unit", code)
					.change("qualifications", namesOf(before, names), namesOf(wanted, names)));
	}

	private static Set<Long> union(Set<Long> a, Set<Long> b) {
		Set<Long> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

	private static String namesOf(Set<Long> ids, Map<Long, String> names) {
		return ids.stream().map(names::get).sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
	}

}
