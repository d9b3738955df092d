package org.drillbook.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions (and the record of ended ones after a day) once a minute, and
 * once across all instances: the instance that moves the job's row in
 * {@code scheduled_run} on does it, the others find it done.
 */
@Component
class ExpiredSessionSweeper {

	static final String JOB = "expired-sessions";

	private static final Log log = LogFactory.getLog(ExpiredSessionSweeper.class);

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	private final EndedSessions ended;

	ExpiredSessionSweeper(JdbcTemplate jdbc, ObjectProvider<JdbcIndexedSessionRepository> sessions,
			EndedSessions ended) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.ended = ended;
	}

	@Scheduled(cron = "${drillbook.sessions.sweep-cron:0 * * * * *}")
	void sweep() {
		JdbcIndexedSessionRepository store = this.sessions.getIfAvailable();
		try {
			if (store != null && claim()) {
				store.cleanUpExpiredSessions();
				this.ended.forgetOld();
			}
		}
		catch (DataAccessResourceFailureException ex) {
			// the database is away (DatabaseOutageFilter answers the users); a minute
			// later
			// the next sweep does this one's work too
			log.warn(
					"Expired sessions not swept this minute: the database is not answering (" + ex.getMessage() + ").");
		}
	}

	/** Whether this instance runs the job this minute. */
	boolean claim() {
		return this.jdbc.update("update scheduled_run set last_run = now() where job = ?"
				+ " and last_run <= now() - interval '50 seconds'", JOB) == 1;
	}

}
