package org.drillbook.armory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.drillbook.armory.LotRecall;
import org.drillbook.armory.RoundsLine;
import org.drillbook.session.SessionStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ammunition's set-based reports: the rounds account of sessions (planned, drawn,
 * returned, spent per caliber) and where a lot's rounds went.
 */
@Component
public class AmmoQueries {

	/**
	 * The accounts of the sessions chosen by {@code :session} (one) or by the period
	 * {@code [:from, :to)}: the sessions with a draw or a plan. Fired rounds count
	 * against the caliber their drill was planned with, else the session's only caliber,
	 * else "—".
	 */
	private static final String ACCOUNTS = """
			with s as (
			    select ds.id, ds.starts_at, ds.status, u.code
			    from drill_session ds join unit u on u.id = ds.unit_id
			    where ds.id = any(:ids)
			), draws as (
			    select e.session_id, e.caliber,
			           coalesce(-sum(e.quantity) filter (where e.kind = 'DRAW'), 0) drawn,
			           coalesce(sum(e.quantity) filter (where e.kind = 'RETURN'), 0) returned
			    from ammo_entry e join s on s.id = e.session_id
			    where e.kind in ('DRAW', 'RETURN') group by e.session_id, e.caliber
			), planned as (
			    select p.session_id, p.caliber, sum(p.attempts * p.rounds_per_attempt * p.attendees) planned
			    from session_ammo_plan p join s on s.id = p.session_id group by p.session_id, p.caliber
			), single as (
			    select session_id, min(caliber) caliber
			    from (select session_id, caliber from draws union select session_id, caliber from planned) c
			    group by session_id having count(*) = 1
			), spent as (
			    select r.session_id, coalesce(p.caliber, single.caliber, '—') caliber, sum(r.rounds_fired) spent
			    from drill_result r join s on s.id = r.session_id
			    left join session_ammo_plan p on p.session_id = r.session_id and p.drill_type_id = r.drill_type_id
			    left join single on single.session_id = r.session_id
			    where r.rounds_fired > 0
			    group by r.session_id, coalesce(p.caliber, single.caliber, '—')
			), keys as (
			    select session_id, caliber from draws union select session_id, caliber from planned
			    union select session_id, caliber from spent
			)
			select s.id, s.starts_at, s.code, s.status, sa.returned_at, k.caliber,
			       coalesce(pl.planned, 0), coalesce(d.drawn, 0), coalesce(d.returned, 0), coalesce(sp.spent, 0),
			       (sa.returned_at is not null or s.status = 'SIGNED_OFF' or s.starts_at < :today) closed
			from keys k join s on s.id = k.session_id
			left join planned pl on pl.session_id = k.session_id and pl.caliber = k.caliber
			left join draws d on d.session_id = k.session_id and d.caliber = k.caliber
			left join spent sp on sp.session_id = k.session_id and sp.caliber = k.caliber
			left join session_ammo sa on sa.session_id = s.id
			where s.status <> 'CANCELLED' or d.drawn > 0
			order by s.starts_at desc, s.id desc, k.caliber
			""";

	/**
	 * The sessions of a period that drew or planned rounds: found first, so that the
	 * accounts query knows how few they are (asked in one, the planner expected tens of
	 * thousands and read every result of the period: 1.1 s at 50,000 recruits, 1 ms now).
	 */
	private static final String SESSIONS_WITH_ROUNDS = """
			select ds.id from drill_session ds
			where ds.starts_at >= :from and ds.starts_at < :to
			  and ds.id in (select e.session_id from ammo_entry e where e.kind = 'DRAW'
			                union select p.session_id from session_ammo_plan p)
			""";

	private static final String USES_OF_LOT = """
			select e.session_id, min(ds.starts_at), coalesce(min(u.code), '—'),
			       coalesce(-sum(e.quantity) filter (where e.kind in ('DRAW', 'CONSUMPTION')), 0),
			       coalesce(sum(e.quantity) filter (where e.kind = 'RETURN'), 0),
			       (select string_agg(distinct rc.call_sign, ', ' order by rc.call_sign)
			        from drill_result r join recruit rc on rc.id = r.recruit_id
			        left join session_ammo_plan p on p.session_id = r.session_id and p.drill_type_id = r.drill_type_id
			        where r.session_id = e.session_id and r.rounds_fired > 0
			          and (p.caliber is null or p.caliber = :caliber))
			from ammo_entry e
			left join drill_session ds on ds.id = e.session_id
			left join unit u on u.id = coalesce(e.unit_id, ds.unit_id)
			where e.lot_id = :lot and e.kind in ('DRAW', 'RETURN', 'CONSUMPTION')
			group by e.session_id, case when e.session_id is null then e.unit_id end
			order by min(ds.starts_at) desc nulls last, min(e.recorded_at) desc
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AmmoQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One session's account, per caliber. */
	public List<RoundsLine> session(long sessionId, Instant today) {
		return accounts(List.of(sessionId), today);
	}

	/** The accounts of the sessions that started in {@code [from, to)}. */
	public List<RoundsLine> period(Instant from, Instant to, Instant today) {
		List<Long> ids = this.jdbc.queryForList(SESSIONS_WITH_ROUNDS,
				new MapSqlParameterSource().addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)),
				Long.class);
		return ids.isEmpty() ? List.of() : accounts(ids, today);
	}

	private List<RoundsLine> accounts(List<Long> sessions, Instant today) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", sessions.toArray(Long[]::new))
			.addValue("today", Timestamp.from(today));
		return this.jdbc.query(ACCOUNTS, params,
				(rs, i) -> new RoundsLine(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						SessionStatus.valueOf(rs.getString(4)),
						(rs.getTimestamp(5) != null) ? rs.getTimestamp(5).toInstant() : null, rs.getString(6),
						rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getBoolean(11)));
	}

	/** Every session and unit a lot's rounds went to, newest first. */
	public List<LotRecall.Use> usesOfLot(long lot, String caliber) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("lot", lot).addValue("caliber", caliber);
		return this.jdbc.query(USES_OF_LOT, params, (rs, i) -> {
			Long sessionId = rs.getObject(1, Long.class);
			String names = rs.getString(6);
			return new LotRecall.Use(sessionId, (rs.getTimestamp(2) != null) ? rs.getTimestamp(2).toInstant() : null,
					rs.getString(3), rs.getLong(4), rs.getLong(5),
					(names != null) ? Arrays.asList(names.split(", ")) : List.of());
		});
	}

}
