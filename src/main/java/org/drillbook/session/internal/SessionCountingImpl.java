package org.drillbook.session.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Writes only the conditions a count needs, so that each kind of count (all sessions, a
 * unit's, an instructor's) is a statement of its own with a plan of its own. One
 * statement for every kind ({@code :everything or unit_id = any(:units)}) gets one plan
 * for all once the driver prepares it on the server, and PostgreSQL's plan for every kind
 * at once read the whole table (7.5 ms at 5,000 recruits, 35 ms at 50,000) where the time
 * index alone answers in under 1 ms.
 */
public class SessionCountingImpl implements SessionCounting {

	private final EntityManager em;

	public SessionCountingImpl(EntityManager em) {
		this.em = em;
	}

	@Override
	public long countAtMost(boolean upcoming, boolean everything, Long[] units, Instant now, long instructor,
			long limit) {
		StringBuilder sql = new StringBuilder("select count(*) from (select 1 from drill_session s where s.starts_at ")
			.append(upcoming ? ">=" : "<")
			.append(" :now");
		if (!everything) {
			sql.append(" and s.unit_id = any(:units)");
		}
		if (instructor != 0) {
			sql.append(" and (s.lead_instructor_id = :instructor or exists (select 1 from drill_session_assistant a")
				.append(" where a.session_id = s.id and a.account_id = :instructor))");
		}
		sql.append(" limit :limit) counted");
		Query query = this.em.createNativeQuery(sql.toString()).setParameter("now", now);
		if (!everything) {
			query.setParameter("units", units);
		}
		if (instructor != 0) {
			query.setParameter("instructor", instructor);
		}
		return ((Number) query.setParameter("limit", limit).getSingleResult()).longValue();
	}

}
