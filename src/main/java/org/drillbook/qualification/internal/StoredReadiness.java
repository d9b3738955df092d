package org.drillbook.qualification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.drillbook.qualification.MemberList;

import org.springframework.stereotype.Component;

/**
 * Reads the standings and counts that V33 keeps with the data: a page of the overview is
 * one statement over the counts of the units it shows, whatever the number of members
 * below them; a list of members is one statement that stops after its page.
 */
@Component
public class StoredReadiness {

	/**
	 * The current members of the unit {@code :code} and everything below it, on
	 * {@code :today}.
	 */
	private static final String SUBTREE_MEMBERS = """
			select m.recruit_id, m.unit_id from membership m
			join unit d on d.id = m.unit_id
			where d.path @> array[cast(:code as text)]
			  and m.valid_from <= :today and (m.valid_to is null or m.valid_to > :today)
			""";

	/**
	 * Per unit of the page: the counts of its open memberships and their standings, kept
	 * by triggers, corrected by the memberships whose dates lie after today (open ones
	 * that start later do not count yet; closed ones that end later still do). Gives
	 * (unit, null, members) and (unit, qualification, qualified, expiring, expired). The
	 * counts are looked up by the page's ids through their primary keys, not joined by
	 * hash over every unit's counts. The ids are one array parameter, not one parameter
	 * each, so that every page length is the same prepared statement.
	 */
	private static final String SHARES = """
			with page as (select id, code from unit where id = any(:units)),
			corrections as (
			    select p.id as unit_id, f.recruit_id, f.delta
			    from (select m.recruit_id, m.unit_id, -1 as delta from membership m
			          where m.valid_to is null and m.valid_from > :today
			          union all
			          select m.recruit_id, m.unit_id, 1 from membership m
			          where m.valid_to > :today and m.valid_from <= :today) f
			    join unit d on d.id = f.unit_id
			    join page p on d.path @> array[cast(p.code as text)]
			),
			counted as (
			    select c.unit_id, c.qualification_id, c.valid_until, c.members from unit_standing_count c
			    where c.unit_id = any(:units)
			    union all
			    select k.unit_id, s.qualification_id, s.valid_until, k.delta from corrections k
			    join recruit_standing s on s.recruit_id = k.recruit_id
			)
			select unit_id, cast(null as bigint) as qualification_id, sum(members) as a, 0 as b, 0 as c
			from (select unit_id, members from unit_member_count where unit_id = any(:units)
			      union all
			      select unit_id, delta from corrections) x
			group by unit_id
			union all
			select unit_id, qualification_id,
			       coalesce(sum(members) filter (where valid_until > :warn), 0),
			       coalesce(sum(members) filter (where valid_until >= :today and valid_until <= :warn), 0),
			       coalesce(sum(members) filter (where valid_until < :today), 0)
			from counted
			group by unit_id, qualification_id
			""";

	/**
	 * Standings of current members (of some units: the second placeholder) that lapse
	 * between today and the end of the warning window; the first placeholder is what to
	 * select.
	 */
	private static final String EXPIRING = """
			select %s
			from recruit_standing s
			join qualification q on q.id = s.qualification_id and not q.retired
			join membership m on m.recruit_id = s.recruit_id
			     and m.valid_from <= :today and (m.valid_to is null or m.valid_to > :today)
			join recruit r on r.id = s.recruit_id
			where s.valid_until >= :today and s.valid_until <= :warn %s
			""";

	/** A list's filter on the stored standing {@code s} (null: never met). */
	private static String where(MemberList list) {
		return switch (list) {
			case EXPIRING -> "s.valid_until >= :today and s.valid_until <= :warn";
			case MISSING -> "(s.valid_until is null or s.valid_until < :today)";
			case HELD -> "s.valid_until >= :today";
			case ALL -> "true";
		};
	}

	/**
	 * A list's order before call sign: soonest lapse first for those who hold it, expired
	 * before never met for the others.
	 */
	private static String order(MemberList list) {
		return switch (list) {
			case EXPIRING, HELD -> "s.valid_until, ";
			case MISSING -> "(s.valid_until is null), ";
			case ALL -> "";
		};
	}

	@PersistenceContext
	private EntityManager entityManager;

	/** Counts of the given units on a day, with their sub-units. */
	public Map<Long, UnitCounts> counts(Collection<Long> unitIds, LocalDate today, LocalDate warnUntil) {
		Map<Long, UnitCounts> result = new HashMap<>();
		if (unitIds.isEmpty()) {
			return result;
		}
		for (Object[] row : rows(this.entityManager.createNativeQuery(SHARES)
			.setParameter("units", unitIds.toArray(Long[]::new))
			.setParameter("today", today)
			.setParameter("warn", warnUntil))) {
			long unit = number(row[0]);
			UnitCounts counts = result.computeIfAbsent(unit, (k) -> new UnitCounts());
			if (row[1] == null) {
				counts.members = number(row[2]);
			}
			else {
				counts.held.put(number(row[1]), new long[] { number(row[2]), number(row[3]), number(row[4]) });
			}
		}
		return result;
	}

	/**
	 * One page of the members of a unit (sub-units included) in one list of one
	 * qualification: recruit, call sign, unit and the stored last valid day (null when
	 * never met).
	 */
	public List<StoredStanding> members(String unitCode, long qualificationId, MemberList list, LocalDate today,
			LocalDate warnUntil, int limit, long offset) {
		Query query = this.entityManager.createNativeQuery("with members as (" + SUBTREE_MEMBERS + ")" + """
				select mb.recruit_id, r.call_sign, mb.unit_id, s.valid_until
				from members mb
				join recruit r on r.id = mb.recruit_id
				left join recruit_standing s on s.recruit_id = mb.recruit_id and s.qualification_id = :q
				where %s
				order by %slower(r.call_sign), r.id
				limit :limit offset :offset
				""".formatted(where(list), order(list)))
			.setParameter("code", unitCode)
			.setParameter("today", today)
			.setParameter("q", qualificationId)
			.setParameter("limit", limit)
			.setParameter("offset", offset);
		if (list == MemberList.EXPIRING) {
			query.setParameter("warn", warnUntil);
		}
		return rows(query).stream()
			.map((row) -> new StoredStanding(number(row[0]), (String) row[1], number(row[2]), qualificationId,
					day(row[3])))
			.toList();
	}

	/**
	 * The first {@code limit} members of a unit (sub-units included) expiring soon and
	 * missing, for each of the qualifications, in one statement: soonest lapse first, and
	 * expired before never met.
	 */
	public Map<Long, Map<MemberList, List<StoredStanding>>> previews(String unitCode, Collection<Long> qualificationIds,
			LocalDate today, LocalDate warnUntil, int limit) {
		Map<Long, Map<MemberList, List<StoredStanding>>> result = new HashMap<>();
		if (qualificationIds.isEmpty()) {
			return result;
		}
		for (Object[] row : rows(this.entityManager.createNativeQuery("with members as (" + SUBTREE_MEMBERS + ")" + """
				, listed as (
				    select q.id as qualification_id, mb.recruit_id, mb.unit_id, r.call_sign, s.valid_until,
				           case when s.valid_until >= :today and s.valid_until <= :warn then 'EXPIRING'
				                when s.valid_until is null or s.valid_until < :today then 'MISSING' end as list
				    from members mb
				    cross join (select id from qualification where id in (:qualifications)) q
				    join recruit r on r.id = mb.recruit_id
				    left join recruit_standing s on s.recruit_id = mb.recruit_id and s.qualification_id = q.id
				)
				select qualification_id, list, recruit_id, call_sign, unit_id, valid_until from (
				    select l.*, row_number() over (partition by qualification_id, list
				        order by case when list = 'EXPIRING' then valid_until end, (valid_until is null),
				                 lower(call_sign), recruit_id) as n
				    from listed l where list is not null
				) x where n <= :limit
				order by qualification_id, list, n
				""")
			.setParameter("code", unitCode)
			.setParameter("today", today)
			.setParameter("warn", warnUntil)
			.setParameter("qualifications", qualificationIds)
			.setParameter("limit", limit))) {
			long qualification = number(row[0]);
			result.computeIfAbsent(qualification, (k) -> new HashMap<>())
				.computeIfAbsent(MemberList.valueOf((String) row[1]), (k) -> new ArrayList<>())
				.add(new StoredStanding(number(row[2]), (String) row[3], number(row[4]), qualification, day(row[5])));
		}
		return result;
	}

	/**
	 * Current members of the given units (null: every unit) whose standing lapses between
	 * today and the end of the warning window, soonest first.
	 */
	public List<StoredStanding> expiring(Collection<Long> unitIds, LocalDate today, LocalDate warnUntil, int limit) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		Query query = this.entityManager
			.createNativeQuery(
					EXPIRING.formatted("s.recruit_id, r.call_sign, m.unit_id, s.qualification_id, s.valid_until",
							(unitIds != null) ? "and m.unit_id in (:units)" : "")
							+ " order by s.valid_until, lower(r.call_sign), r.id, s.qualification_id limit :limit")
			.setParameter("today", today)
			.setParameter("warn", warnUntil)
			.setParameter("limit", limit);
		if (unitIds != null) {
			query.setParameter("units", unitIds);
		}
		return rows(query).stream()
			.map((row) -> new StoredStanding(number(row[0]), (String) row[1], number(row[2]), number(row[3]),
					day(row[4])))
			.toList();
	}

	/** How many standings {@link #expiring} would list without a limit. */
	public long countExpiring(Collection<Long> unitIds, LocalDate today, LocalDate warnUntil) {
		if (unitIds != null && unitIds.isEmpty()) {
			return 0;
		}
		Query query = this.entityManager
			.createNativeQuery(EXPIRING.formatted("count(*)", (unitIds != null) ? "and m.unit_id in (:units)" : ""))
			.setParameter("today", today)
			.setParameter("warn", warnUntil);
		if (unitIds != null) {
			query.setParameter("units", unitIds);
		}
		return number(query.getSingleResult());
	}

	/** The zone the stored standings decided a session's day in. */
	public String zone() {
		return (String) this.entityManager.createNativeQuery("select zone from standing_basis").getSingleResult();
	}

	/** Decides every session's day in another zone and recomputes every standing. */
	public void recomputeIn(String zone) {
		this.entityManager.createNativeQuery("update standing_basis set zone = :zone")
			.setParameter("zone", zone)
			.executeUpdate();
		this.entityManager.createNativeQuery("select count(*) from (select standing_refresh(null, null)) x")
			.getSingleResult();
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> rows(Query query) {
		return query.getResultList();
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

	/**
	 * One unit's counts: current members, and per qualification how many hold it beyond
	 * the warning window, within it, and lapsed.
	 */
	public static final class UnitCounts {

		private long members;

		private final Map<Long, long[]> held = new HashMap<>();

		public long members() {
			return this.members;
		}

		/** Qualified, expiring, expired; the rest of the members never met it. */
		public long[] held(long qualificationId) {
			return this.held.getOrDefault(qualificationId, new long[3]);
		}

	}

	/** A member with their stored last valid day in one qualification. */
	public record StoredStanding(long recruitId, String callSign, long unitId, long qualificationId,
			LocalDate validUntil) {

	}

}
