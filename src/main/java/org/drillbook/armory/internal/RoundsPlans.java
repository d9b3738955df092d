package org.drillbook.armory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.drillbook.armory.RoundsPlanLine;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A session's rounds account row (version, when the rounds came back) and its plan lines.
 */
@Component
public class RoundsPlans {

	private final JdbcTemplate jdbc;

	RoundsPlans(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's version and return, when it has a row. */
	public Optional<Account> account(long sessionId) {
		return this.jdbc
			.query("select version, returned_at, returned_by from session_ammo where session_id = ?",
					(rs, i) -> new Account(rs.getLong(1),
							(rs.getTimestamp(2) != null) ? rs.getTimestamp(2).toInstant() : null, rs.getString(3)),
					sessionId)
			.stream()
			.findFirst();
	}

	/** Opens the account (if new) and locks it for this transaction. */
	public Account lock(long sessionId) {
		this.jdbc.update("insert into session_ammo (session_id) values (?) on conflict do nothing", sessionId);
		return this.jdbc.queryForObject(
				"select version, returned_at, returned_by from session_ammo where session_id = ? for update",
				(rs, i) -> new Account(rs.getLong(1),
						(rs.getTimestamp(2) != null) ? rs.getTimestamp(2).toInstant() : null, rs.getString(3)),
				sessionId);
	}

	/** Plan lines as saved, without the drills' names. */
	public List<RoundsPlanLine> lines(long sessionId) {
		return this.jdbc.query("""
				select drill_type_id, caliber, attempts, rounds_per_attempt, attendees
				from session_ammo_plan where session_id = ? order by drill_type_id
				""", (rs, i) -> new RoundsPlanLine(rs.getLong(1), null, rs.getString(2), rs.getInt(3), rs.getInt(4),
				rs.getInt(5)), sessionId);
	}

	/**
	 * Replaces the plan if the account is still at {@code version}; a plan changed
	 * meanwhile is a conflict.
	 */
	public void replace(long sessionId, long version, List<RoundsPlanLine> lines) {
		this.jdbc.update("insert into session_ammo (session_id) values (?) on conflict do nothing", sessionId);
		if (this.jdbc.update("update session_ammo set version = version + 1 where session_id = ? and version = ?",
				sessionId, version) == 0) {
			throw new OptimisticLockingFailureException("rounds plan of session " + sessionId);
		}
		this.jdbc.update("delete from session_ammo_plan where session_id = ?", sessionId);
		this.jdbc.batchUpdate(
				"""
						insert into session_ammo_plan (session_id, drill_type_id, caliber, attempts, rounds_per_attempt, attendees)
						values (?, ?, ?, ?, ?, ?)
						""",
				lines, lines.size(), (ps, line) -> {
					ps.setLong(1, sessionId);
					ps.setLong(2, line.drillTypeId());
					ps.setString(3, line.caliber());
					ps.setInt(4, line.attempts());
					ps.setInt(5, line.roundsPerAttempt());
					ps.setInt(6, line.attendees());
				});
	}

	/** Closes the account: the rounds have come back. */
	public void returned(long sessionId, String by, Instant at) {
		this.jdbc.update(
				"update session_ammo set returned_at = ?, returned_by = ?, version = version + 1 where session_id = ?",
				Timestamp.from(at), by, sessionId);
	}

	/** The caliber with the most rounds in stock, to propose in a new plan. */
	public Optional<String> mostStocked() {
		return this.jdbc
			.queryForList("select caliber from ammo_balance where balance > 0 order by balance desc, caliber limit 1",
					String.class)
			.stream()
			.findFirst();
	}

	/** A session's rounds account row. */
	public record Account(long version, Instant returnedAt, String returnedBy) {

	}

}
