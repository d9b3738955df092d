package org.drillbook.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of sessions an admin's change ended (deleted from the store), kept a day, so
 * that the next request that brings one is told why it must sign in again: read only when
 * a request brings a session id the store no longer has, never on an ordinary request.
 */
@Component
class EndedSessions {

	private final JdbcTemplate jdbc;

	EndedSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(String sessionId) {
		this.jdbc.update("insert into ended_session (session_id, ended_at) values (?, now()) on conflict do nothing",
				sessionId);
	}

	/** Whether the session was ended (rather than timed out); answers yes once. */
	boolean consume(String sessionId) {
		return this.jdbc.update("delete from ended_session where session_id = ?", sessionId) == 1;
	}

	void forgetOld() {
		this.jdbc.update("delete from ended_session where ended_at < now() - interval '1 day'");
	}

}
