package org.drillbook.qualification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;
import org.drillbook.qualification.Evidence;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.Requirement;
import org.drillbook.qualification.RequirementRow;
import org.drillbook.qualification.RevisionRow;

/**
 * Requirements, revisions and unit requirements kept with native SQL (through the entity
 * manager, so that Hibernate's statistics count every statement), and the set-based query
 * that reads every member's evidence in one statement.
 */
@Component
public class QualificationRecords {

	/**
	 * Per member (from the {@code members} CTE body, giving recruit_id) and requirement
	 * of an active qualification that the member has attempts for: the day of the N-th
	 * most recent pass, the day and outcome of the last attempt, and the passes within
	 * the window. Only results of signed-off sessions count. Each member's results are
	 * read through the (recruit, drill type) index, so the plan stays linear in the
	 * number of members whatever the planner's statistics say.
	 */
	private static final String EVIDENCE = """
			with members as (%s),
			requirements as (%s),
			attempts as (
			    select m.recruit_id, a.drill_type_id, a.passed,
			           cast(a.starts_at at time zone :zone as date) as day,
			           row_number() over w as attempt_no,
			           count(*) filter (where a.passed) over w as passes_so_far
			    from members m
			    cross join lateral (
			        select dr.drill_type_id, dr.passed, s.starts_at, dr.recorded_at, dr.id
			        from drill_result dr
			        join drill_session s on s.id = dr.session_id
			        where dr.recruit_id = m.recruit_id and s.status = 'SIGNED_OFF'
			          and dr.drill_type_id in (select drill_type_id from requirements)
			    ) a
			    window w as (partition by m.recruit_id, a.drill_type_id
			                 order by a.starts_at desc, a.recorded_at desc, a.id desc
			                 rows between unbounded preceding and current row)
			)
			select a.recruit_id, q.qualification_id, q.drill_type_id,
			       max(a.day) filter (where a.passed and a.passes_so_far = q.min_passes) as nth_pass_day,
			       max(a.day) filter (where a.attempt_no = 1) as last_day,
			       coalesce(bool_or(a.passed) filter (where a.attempt_no = 1), false) as last_passed,
			       count(*) filter (where a.passed and a.day >= cast(:today as date) - q.window_days) as passes_within
			from attempts a
			join requirements q on q.drill_type_id = a.drill_type_id
			group by a.recruit_id, q.qualification_id, q.drill_type_id
			""";

	/** The current requirements of every active qualification. */
	private static final String ACTIVE_REQUIREMENTS = """
			select q.id as qualification_id, r.drill_type_id, r.rule, r.min_passes, r.window_days
			from qualification q
			join qualification_requirement r on r.qualification_id = q.id and r.revision = q.revision
			where not q.retired
			""";

	/** Members (recruit_id, unit_id): some recruits, with their current unit if any. */
	private static final String SOME_RECRUITS = """
			select r.id as recruit_id,
			       (select m.unit_id from membership m where m.recruit_id = r.id and m.valid_to is null) as unit_id
			from recruit r where r.id in (:recruits)
			""";

	/** Members (recruit_id, unit_id): one recruit, with their current unit if any. */
	private static final String ONE_RECRUIT = """
			select r.id as recruit_id,
			       (select m.unit_id from membership m where m.recruit_id = r.id and m.valid_to is null) as unit_id
			from recruit r where r.id = :recruit
			""";

	/** The members with their call signs, in call-sign order. */
	private static final String MEMBER_LIST = """
			select c.recruit_id, r.call_sign, c.unit_id from (%s) c join recruit r on r.id = c.recruit_id
			order by lower(r.call_sign), c.recruit_id
			""";

	private static final String UNIT_AND_ANCESTORS = """
			with recursive up as (
			    select id, parent_id from unit where id = :unit
			    union all
			    select u.id, u.parent_id from unit u join up on u.id = up.parent_id
			)
			""";

	@PersistenceContext
	private EntityManager entityManager;

	public void saveRevision(long qualificationId, int revision, List<Requirement> requirements, String reason,
			String by, Instant at) {
		this.entityManager.createNativeQuery("""
				insert into qualification_revision (qualification_id, revision, reason, changed_by, changed_at)
				values (:q, :rev, :reason, :by, :at)
				""")
			.setParameter("q", qualificationId)
			.setParameter("rev", revision)
			.setParameter("reason", reason)
			.setParameter("by", by)
			.setParameter("at", at)
			.executeUpdate();
		for (Requirement r : requirements) {
			this.entityManager.createNativeQuery("""
					insert into qualification_requirement
					    (id, qualification_id, revision, drill_type_id, rule, min_passes, window_days)
					values (nextval('qualification_requirement_seq'), :q, :rev, :drill, :rule, :passes, :days)
					""")
				.setParameter("q", qualificationId)
				.setParameter("rev", revision)
				.setParameter("drill", r.drillTypeId())
				.setParameter("rule", r.rule().name())
				.setParameter("passes", r.minPasses())
				.setParameter("days", r.windowDays())
				.executeUpdate();
		}
	}

	/**
	 * The current requirements of the given qualifications, in the order they were given.
	 */
	public Map<Long, List<Requirement>> currentRequirements(Collection<Long> qualificationIds) {
		Map<Long, List<Requirement>> result = new LinkedHashMap<>();
		if (qualificationIds.isEmpty()) {
			return result;
		}
		for (Object[] row : rows(this.entityManager.createNativeQuery("""
				select r.qualification_id, r.drill_type_id, r.rule, r.min_passes, r.window_days
				from qualification_requirement r
				join qualification q on q.id = r.qualification_id and q.revision = r.revision
				where q.id in (:ids) order by r.id
				""").setParameter("ids", qualificationIds))) {
			result.computeIfAbsent(number(row[0]), (k) -> new ArrayList<>()).add(requirement(row, 1));
		}
		return result;
	}

	/** Every revision of a qualification, newest first, with what it required. */
	public List<RevisionRow> revisions(long qualificationId, Map<Long, String> drillNames) {
		Map<Integer, List<RequirementRow>> byRevision = new TreeMap<>();
		for (Object[] row : rows(this.entityManager.createNativeQuery("""
				select revision, drill_type_id, rule, min_passes, window_days from qualification_requirement
				where qualification_id = :q order by revision, id
				""").setParameter("q", qualificationId))) {
			Requirement r = requirement(row, 1);
			byRevision.computeIfAbsent((int) number(row[0]), (k) -> new ArrayList<>())
				.add(new RequirementRow(r, drillNames.getOrDefault(r.drillTypeId(), "#" + r.drillTypeId())));
		}
		return rows(this.entityManager.createNativeQuery("""
				select revision, reason, changed_by, changed_at from qualification_revision
				where qualification_id = :q order by revision desc
				""").setParameter("q", qualificationId)).stream()
			.map((row) -> new RevisionRow((int) number(row[0]), (String) row[1], (String) row[2], instant(row[3]),
					byRevision.getOrDefault((int) number(row[0]), List.of())))
			.toList();
	}

	/** Drill types named by any revision of the qualification. */
	public List<Long> drillTypesEverRequired(long qualificationId) {
		return longs(this.entityManager
			.createNativeQuery(
					"select distinct drill_type_id from qualification_requirement where qualification_id = :q")
			.setParameter("q", qualificationId));
	}

	/** Units that require the qualification themselves (not by inheritance). */
	public List<Long> unitsRequiring(long qualificationId) {
		return longs(this.entityManager
			.createNativeQuery("select unit_id from unit_qualification where qualification_id = :q")
			.setParameter("q", qualificationId));
	}

	/**
	 * The qualifications a unit requires: its own and those of every unit above it, as
	 * qualification id → the id of the unit that requires it.
	 */
	public Map<Long, Long> requiredOf(long unitId) {
		Map<Long, Long> result = new LinkedHashMap<>();
		for (Object[] row : rows(this.entityManager.createNativeQuery(UNIT_AND_ANCESTORS + """
				select uq.qualification_id, uq.unit_id from unit_qualification uq
				join up on up.id = uq.unit_id
				join qualification q on q.id = uq.qualification_id and not q.retired
				""").setParameter("unit", unitId))) {
			result.putIfAbsent(number(row[0]), number(row[1]));
		}
		return result;
	}

	/** Replaces the qualifications the unit itself requires. */
	public void requireOfUnit(long unitId, Set<Long> qualificationIds, String by, Instant at) {
		Query delete = this.entityManager
			.createNativeQuery("delete from unit_qualification where unit_id = :unit"
					+ (qualificationIds.isEmpty() ? "" : " and qualification_id not in (:ids)"))
			.setParameter("unit", unitId);
		if (!qualificationIds.isEmpty()) {
			delete.setParameter("ids", qualificationIds);
		}
		delete.executeUpdate();
		if (!qualificationIds.isEmpty()) {
			this.entityManager.createNativeQuery("""
					insert into unit_qualification (unit_id, qualification_id, required_by, required_at)
					select :unit, q.id, :by, :at from qualification q where q.id in (:ids)
					on conflict do nothing
					""")
				.setParameter("unit", unitId)
				.setParameter("ids", qualificationIds)
				.setParameter("by", by)
				.setParameter("at", at)
				.executeUpdate();
		}
	}

	/** Evidence of some recruits, for every active qualification. */
	public List<MemberEvidence> evidenceOf(Collection<Long> recruitIds, LocalDate today, ZoneId zone) {
		if (recruitIds.isEmpty()) {
			return List.of();
		}
		return evidence(SOME_RECRUITS, Map.of("recruits", recruitIds), today, zone);
	}

	/** Evidence of one recruit, for every active qualification. */
	public List<MemberEvidence> evidenceOf(long recruitId, LocalDate today, ZoneId zone) {
		return evidence(ONE_RECRUIT, Map.of("recruit", recruitId), today, zone);
	}

	/**
	 * Every member × every requirement, in member order then qualification and drill
	 * type, with the evidence found or none: three statements (the members, the
	 * requirements, the attempts grouped per member and requirement) whatever the number
	 * of members.
	 * @param members SQL giving recruit_id and unit_id
	 * @param parameters the parameters of that SQL
	 */
	private List<MemberEvidence> evidence(String members, Map<String, Object> parameters, LocalDate today,
			ZoneId zone) {
		List<Object[]> memberRows = rows(
				bind(this.entityManager.createNativeQuery(MEMBER_LIST.formatted(members)), parameters));
		List<Object[]> requirements = memberRows.isEmpty() ? List.of()
				: rows(this.entityManager.createNativeQuery(ACTIVE_REQUIREMENTS + " order by 1, 2"));
		if (requirements.isEmpty()) {
			return List.of();
		}
		Query evidence = bind(this.entityManager.createNativeQuery(EVIDENCE.formatted(members, ACTIVE_REQUIREMENTS)),
				parameters);
		Map<String, Object[]> found = new HashMap<>();
		for (Object[] row : rows(evidence.setParameter("today", today).setParameter("zone", zone.getId()))) {
			found.put(number(row[0]) + ":" + number(row[1]) + ":" + number(row[2]), row);
		}
		List<MemberEvidence> result = new ArrayList<>(memberRows.size() * requirements.size());
		for (Object[] member : memberRows) {
			long recruitId = number(member[0]);
			Long unitId = (member[2] != null) ? number(member[2]) : null;
			for (Object[] q : requirements) {
				Requirement requirement = requirement(q, 1);
				Object[] e = found.get(recruitId + ":" + number(q[0]) + ":" + requirement.drillTypeId());
				Evidence of = (e != null)
						? new Evidence(requirement, day(e[3]), day(e[4]), Boolean.TRUE.equals(e[5]), (int) number(e[6]))
						: new Evidence(requirement, null, null, false, 0);
				result.add(new MemberEvidence(recruitId, (String) member[1], unitId, number(q[0]), of));
			}
		}
		return result;
	}

	private static Query bind(Query query, Map<String, Object> parameters) {
		parameters.forEach(query::setParameter);
		return query;
	}

	/** The current unit of a recruit, or null. */
	public Long currentUnitOf(long recruitId) {
		List<Long> units = longs(this.entityManager
			.createNativeQuery("select unit_id from membership where recruit_id = :r and valid_to is null")
			.setParameter("r", recruitId));
		return units.isEmpty() ? null : units.get(0);
	}

	/** Reads drill_type_id, rule, min_passes, window_days from the given column on. */
	private static Requirement requirement(Object[] row, int first) {
		return new Requirement(number(row[first]), QualificationRule.valueOf((String) row[first + 1]),
				(int) number(row[first + 2]), (int) number(row[first + 3]));
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> rows(Query query) {
		return query.getResultList();
	}

	private static List<Long> longs(Query query) {
		List<?> values = query.getResultList();
		return values.stream().map(QualificationRecords::number).toList();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static LocalDate day(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	private static Instant instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		return (Instant) value;
	}

}
