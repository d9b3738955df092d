package org.drillbook.recruit.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.drillbook.paging.Conditions;
import org.drillbook.paging.LikePattern;
import org.drillbook.recruit.RecruitFilter;
import org.drillbook.recruit.RecruitRow;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.recruit.RosterRow;

/**
 * The list and roster queries, built from the filter: one query for the page, one for the
 * count, whatever the number of rows.
 */
@Component
public class RecruitQueries {

	private static final String FROM_CURRENT = " from Recruit r left join Membership m on m.recruit = r and m.validTo is null"
			+ " left join Unit u on u.id = m.unitId";

	private final EntityManager em;

	public RecruitQueries(EntityManager em) {
		this.em = em;
	}

	/**
	 * @param unitIds the units to keep (a unit with its sub-units), or null for all
	 * @param scopeIds the units the reader may see, or null when they may see everyone
	 */
	public Page<RecruitRow> search(RecruitFilter filter, Collection<Long> unitIds, Collection<Long> scopeIds,
			Pageable pageable) {
		Conditions where = new Conditions().whenSet("u.id in :unitIds", "unitIds", unitIds)
			.whenSet("u.id in :scopeIds", "scopeIds", scopeIds)
			.whenSet("r.status = :status", "status", filter.status())
			.whenSet("lower(r.callSign) like :text escape '\\'", "text",
					(filter.text() != null) ? LikePattern.containing(filter.text().toLowerCase(Locale.ROOT)) : null);
		TypedQuery<RecruitRow> query = where
			.bind(this.em.createQuery("select new org.drillbook.recruit.RecruitRow(r.id,"
					+ " r.callSign, r.status, r.intakeDate, u.id, u.code, m.position)" + FROM_CURRENT + " where "
					+ where.sql() + orderBy(filter.sort()), RecruitRow.class));
		query.setFirstResult((int) pageable.getOffset());
		query.setMaxResults(pageable.getPageSize());
		List<RecruitRow> rows = query.getResultList();
		if (unitIds == null && scopeIds == null && filter.text() == null) {
			// everyone, or everyone with a status: the counters kept with the data (V30)
			// answer without reading the recruits
			jakarta.persistence.Query total = this.em
				.createNativeQuery("select coalesce(sum(recruits), 0) from recruit_status_count"
						+ ((filter.status() != null) ? " where status = :status" : ""));
			if (filter.status() != null) {
				total.setParameter("status", filter.status().name());
			}
			return new PageImpl<>(rows, pageable, ((Number) total.getSingleResult()).longValue());
		}
		TypedQuery<Long> count = where
			.bind(this.em.createQuery("select count(r)" + FROM_CURRENT + " where " + where.sql(), Long.class));
		return new PageImpl<>(rows, pageable, count.getSingleResult());
	}

	/**
	 * One page of the members of the units on a day, by unit code and call sign. The
	 * units are read in code order from the index and each unit's members from theirs, so
	 * that a page stops after its rows instead of sorting every member of a brigade.
	 * @param units the unit, or the unit with everything under it
	 * @param total how many members there are in all (the sum of the roster's counts)
	 */
	public Page<RosterRow> roster(RosterUnits units, LocalDate asOf, Pageable pageable, long total) {
		jakarta.persistence.Query query = units.bind(this.em.createNativeQuery("""
				select x.recruit_id, x.call_sign, x.status, u.id, u.code, x.position, x.valid_from
				from unit u
				cross join lateral (
				    select r.id as recruit_id, r.call_sign, r.status, m.position, m.valid_from
				    from membership m join recruit r on r.id = m.recruit_id
				    where m.unit_id = u.id and m.valid_from <= :asOf and (m.valid_to is null or m.valid_to > :asOf)
				) x
				where %s
				order by upper(u.code), x.call_sign, x.recruit_id
				""".formatted(units.condition()))).setParameter("asOf", asOf);
		if (pageable.isPaged()) {
			query.setFirstResult((int) pageable.getOffset());
			query.setMaxResults(pageable.getPageSize());
		}
		@SuppressWarnings("unchecked")
		List<Object[]> found = query.getResultList();
		List<RosterRow> rows = found.stream()
			.map((row) -> new RosterRow(((Number) row[0]).longValue(), (String) row[1],
					RecruitStatus.valueOf((String) row[2]), ((Number) row[3]).longValue(), (String) row[4],
					org.drillbook.recruit.Position.valueOf((String) row[5]), day(row[6])))
			.toList();
		return pageable.isUnpaged() ? new PageImpl<>(rows) : new PageImpl<>(rows, pageable, total);
	}

	private static LocalDate day(Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	/** Members of the units on a day by status, every status present (0 when none). */
	public Map<RecruitStatus, Long> rosterCounts(RosterUnits units, LocalDate asOf) {
		Map<RecruitStatus, Long> counts = new EnumMap<>(RecruitStatus.class);
		for (RecruitStatus status : RecruitStatus.values()) {
			counts.put(status, 0L);
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = units.bind(this.em.createNativeQuery("""
				select r.status, count(*) from unit u
				join membership m on m.unit_id = u.id
				join recruit r on r.id = m.recruit_id
				where %s and m.valid_from <= :asOf and (m.valid_to is null or m.valid_to > :asOf)
				group by r.status
				""".formatted(units.condition()))).setParameter("asOf", asOf).getResultList();
		for (Object[] row : rows) {
			counts.put(RecruitStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Today's counts by status of a unit with everything under it, from the counts kept
	 * with the data (V33) rather than from every member: corrected by the memberships
	 * dated after today (an open one that starts later does not count yet, a closed one
	 * that ends later still does). The unit of each such membership is looked up by its
	 * id: joined, a plan kept for every day would read the whole unit tree below the unit
	 * first (4.4 ms for a brigade of 13,000 units, 0.11 ms looked up).
	 */
	public Map<RecruitStatus, Long> rosterCountsToday(RosterUnits units, LocalDate today) {
		if (!units.subunits()) {
			return rosterCounts(units, today);
		}
		Map<RecruitStatus, Long> counts = new EnumMap<>(RecruitStatus.class);
		for (RecruitStatus status : RecruitStatus.values()) {
			counts.put(status, 0L);
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.em.createNativeQuery("""
				select status, sum(n) from (
				    select c.status, c.members as n from unit_status_count c where c.unit_id = :unit
				    union all
				    select r.status, f.delta from (
				        select m.recruit_id, m.unit_id, -1 as delta from membership m
				        where m.valid_to is null and m.valid_from > :today
				        union all
				        select m.recruit_id, m.unit_id, 1 from membership m
				        where m.valid_to > :today and m.valid_from <= :today
				    ) f
				    join recruit r on r.id = f.recruit_id
				    where (select u.path from unit u where u.id = f.unit_id) @> array[cast(:code as text)]
				) x group by status
				""")
			.setParameter("unit", units.unitId())
			.setParameter("code", units.code())
			.setParameter("today", today)
			.getResultList();
		for (Object[] row : rows) {
			counts.put(RecruitStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * The units a roster covers: one unit, or a unit with everything under it, found by
	 * its code in the units' paths (an index) rather than by a list of ids.
	 */
	public record RosterUnits(long unitId, String code, boolean subunits) {

		String condition() {
			return this.subunits ? "u.path @> array[cast(:code as text)]" : "u.id = :unit";
		}

		jakarta.persistence.Query bind(jakarta.persistence.Query query) {
			return this.subunits ? query.setParameter("code", this.code) : query.setParameter("unit", this.unitId);
		}

	}

	private static String orderBy(String sort) {
		return switch (sort) {
			case "-callSign" -> " order by lower(r.callSign) desc";
			case "status" -> " order by r.status, lower(r.callSign)";
			case "intakeDate" -> " order by r.intakeDate, lower(r.callSign)";
			case "-intakeDate" -> " order by r.intakeDate desc, lower(r.callSign)";
			case "unit" -> " order by u.code nulls last, lower(r.callSign)";
			default -> " order by lower(r.callSign)";
		};
	}

}
