package org.drillbook.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.drillbook.TestDatabase;
import org.drillbook.audit.AuditChainReport.ChainBreak;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain against someone with the database owner's (superuser's) rights: each case
 * gets a database of its own, migrated by Flyway, so the shared test database's trail
 * stays whole. Triggers are switched off the way such a person would
 * ({@code session_replication_role = replica}).
 */
class AuditChainTamperTests {

	private static final String SERVER = "jdbc:postgresql://" + TestDatabase.host() + ":" + TestDatabase.port() + "/";

	private static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "");

	private static final List<String> CREATED = new ArrayList<>();

	@Test
	void eventsWrittenBeforeTheChainAreLinkedByItsMigrationInTheOrderTheyHappened() throws SQLException {
		String url = database("19");
		try (Connection c = connect(url)) {
			// written out of order: the later one first
			event(c, "2026-03-02 10:00:00.123456+00", "grom", "LOGIN_SUCCESS", null);
			event(c, "2026-03-01 09:00:00+00", "admin", "UNIT_CREATED", "Зміна: ✓ 🎯 «Kompania A»");
			event(c, "2026-03-03 08:00:00+00", "—", "LOGIN_FAILURE", null);
		}
		migrate(url, null);
		try (Connection c = connect(url)) {
			assertThat(verify(c).intact()).isTrue();
			assertThat(verify(c).checked()).isEqualTo(3);
			assertThat(seqOf(c, "UNIT_CREATED")).isEqualTo(1);
			assertThat(seqOf(c, "LOGIN_SUCCESS")).isEqualTo(2);
			// and new events go on from there, linked when they commit
			event(c, "2026-03-04 08:00:00+00", "grom", "LOGOUT", null);
			assertThat(seqOf(c, "LOGOUT")).isEqualTo(4);
			assertThat(verify(c).intact()).isTrue();
		}
	}

	@Test
	void aChangedEventIsTheFirstBrokenLink() throws SQLException {
		try (Connection c = connect(trail(5))) {
			tamper(c, "update audit_event set summary = 'nothing happened' where chain_seq = 3");
			AuditChainReport report = verify(c);
			assertThat(report.problem()).isEqualTo(ChainBreak.CHANGED);
			assertThat(report.at().seq()).isEqualTo(3);
			assertThat(report.checked()).isEqualTo(2);
		}
	}

	@Test
	void aChangedEventWhoseHashWasWrittenAgainBreaksTheNextLink() throws SQLException {
		try (Connection c = connect(trail(5))) {
			tamper(c, "update audit_event set actor = 'nobody' where chain_seq = 2");
			tamper(c, "update audit_event e set chain_hash = audit_chain_hash(2, e, (select chain_hash from "
					+ "audit_event where chain_seq = 1)) where chain_seq = 2");
			AuditChainReport report = verify(c);
			assertThat(report.problem()).isEqualTo(ChainBreak.CHANGED);
			assertThat(report.at().seq()).isEqualTo(3);
		}
	}

	@Test
	void aRemovedEventIsNamedByItsPlace() throws SQLException {
		try (Connection c = connect(trail(5))) {
			long after = idAt(c, 4);
			tamper(c, "delete from audit_event where chain_seq = 3");
			AuditChainReport report = verify(c);
			assertThat(report.problem()).isEqualTo(ChainBreak.MISSING);
			assertThat(report.at().seq()).isEqualTo(3);
			assertThat(report.at().eventId()).isEqualTo(after);
		}
	}

	@Test
	void removingTheNewestEventsIsFoundByTheHead() throws SQLException {
		try (Connection c = connect(trail(5))) {
			tamper(c, "delete from audit_event where chain_seq >= 4");
			AuditChainReport report = verify(c);
			assertThat(report.problem()).isEqualTo(ChainBreak.NEWEST_MISSING);
			assertThat(report.at().seq()).isEqualTo(4);
			assertThat(report.checked()).isEqualTo(3);
		}
	}

	@Test
	void anEventSlippedInPastTheTriggersIsInNoLink() throws SQLException {
		try (Connection c = connect(trail(3))) {
			tamper(c, "insert into audit_event (id, occurred_at, actor, action) values "
					+ "(nextval('audit_event_seq'), now(), 'admin', 'ACCOUNT_ENABLED')");
			AuditChainReport report = verify(c);
			assertThat(report.problem()).isEqualTo(ChainBreak.OUTSIDE);
			assertThat(report.at().action()).isEqualTo("ACCOUNT_ENABLED");
		}
	}

	@Test
	void aRewrittenHeadIsFound() throws SQLException {
		try (Connection c = connect(trail(3))) {
			tamper(c, "update audit_chain_head set last_hash = repeat('a', 64)");
			assertThat(verify(c).problem()).isEqualTo(ChainBreak.HEAD_CHANGED);
		}
	}

	@Test
	void theApplicationsRoleCanOnlyLinkAnEventNotChangeIt() throws SQLException {
		try (Connection c = connect(trail(2))) {
			// without a superuser's switch, the append-only rule holds for the chain too
			try (Statement s = c.createStatement()) {
				assertThatThrownBy(() -> s.executeUpdate("update audit_event set chain_hash = repeat('b', 64)"))
					.hasMessageContaining("append-only");
				assertThatThrownBy(() -> s.executeUpdate("update audit_event set chain_seq = null"))
					.hasMessageContaining("append-only");
			}
			assertThat(verify(c).intact()).isTrue();
		}
	}

	@Test
	void aLeastPrivilegedApplicationRoleLinksItsEventsButCannotMoveTheHead() throws SQLException {
		String url = trail(1);
		String role = "drillbook_chain_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		try (Connection owner = connect(url); Statement s = owner.createStatement()) {
			// as docker/initdb grants it: every right on the data, none on the schema
			s.execute("create role " + role + " login");
			s.execute("grant select, insert, update, delete on all tables in schema public to " + role);
			s.execute("grant usage, select on all sequences in schema public to " + role);
		}
		try {
			try (Connection app = DriverManager.getConnection(url, role, "")) {
				event(app, "2026-05-01 10:00:00+00", "grom", "LOGIN_SUCCESS", null);
				try (Statement s = app.createStatement()) {
					assertThatThrownBy(() -> s.executeUpdate("update audit_chain_head set last_seq = 0"))
						.hasMessageContaining("moved only by linking");
					assertThatThrownBy(() -> s.executeUpdate("delete from audit_chain_head"))
						.hasMessageContaining("moved only by linking");
					assertThatThrownBy(() -> s.executeUpdate("update audit_event set chain_seq = 99"))
						.hasMessageContaining("append-only");
				}
				AuditChainReport report = verify(app);
				assertThat(report.intact()).isTrue();
				assertThat(report.checked()).isEqualTo(2);
			}
		}
		finally {
			try (Connection owner = connect(url); Statement s = owner.createStatement()) {
				s.execute("drop owned by " + role);
				s.execute("drop role " + role);
			}
		}
	}

	@Test
	void theCommandLineSaysWhatItFoundAndExitsAccordingly() throws SQLException {
		String url = trail(3);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> env = java.util.Map.of("DB_URL", url, "DB_USER", USER, "DB_PASSWORD", PASSWORD);
		assertThat(AuditChainCommand.run(env, new java.io.PrintStream(out, true))).isZero();
		assertThat(out.toString()).startsWith("The audit trail is intact: 3 events checked; newest link #3 ");
		try (Connection c = connect(url)) {
			tamper(c, "update audit_event set entity_id = '999' where chain_seq = 2");
		}
		out.reset();
		assertThat(AuditChainCommand.run(env, new java.io.PrintStream(out, true))).isEqualTo(1);
		assertThat(out.toString()).startsWith("The audit trail is BROKEN: link #2 (event ")
			.contains("was changed or written again");
		out.reset();
		assertThat(AuditChainCommand.run(java.util.Map.of("DB_URL", SERVER + "no_such_database_here", "DB_USER", USER),
				new java.io.PrintStream(out, true)))
			.isEqualTo(2);
		assertThat(out.toString()).startsWith("Cannot read the audit trail at ");
	}

	/** A migrated database whose trail holds {@code events} linked events. */
	private static String trail(int events) throws SQLException {
		String url = database(null);
		try (Connection c = connect(url)) {
			for (int i = 0; i < events; i++) {
				event(c, "2026-04-0" + (i % 9 + 1) + " 12:00:00+00", "grom", "RESULT_RECORDED",
						"result " + i + ": 7.5 s");
			}
			assertThat(verify(c).intact()).isTrue();
		}
		return url;
	}

	private static String database(String target) throws SQLException {
		String name = "drillbook_chain_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection c = connect(SERVER + "postgres"); Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		CREATED.add(name);
		migrate(SERVER + name, target);
		return SERVER + name;
	}

	private static void migrate(String url, String target) {
		var config = Flyway.configure().dataSource(url, USER, PASSWORD).locations("classpath:db/migration");
		if (target != null) {
			config.target(target);
		}
		config.load().migrate();
	}

	/** Writes one event in a transaction of its own, as the application does. */
	private static void event(Connection c, String at, String actor, String action, String summary)
			throws SQLException {
		try (var insert = c.prepareStatement("insert into audit_event (id, occurred_at, actor, action, summary) "
				+ "values (nextval('audit_event_seq'), cast(? as timestamptz), ?, ?, ?)")) {
			insert.setString(1, at);
			insert.setString(2, actor);
			insert.setString(3, action);
			insert.setString(4, summary);
			insert.executeUpdate();
		}
	}

	private static void tamper(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("set session_replication_role = replica");
			s.execute(sql);
			s.execute("set session_replication_role = origin");
		}
	}

	private static AuditChainReport verify(Connection c) throws SQLException {
		return AuditChainVerifier.verify(c);
	}

	private static long seqOf(Connection c, String action) throws SQLException {
		try (Statement s = c.createStatement();
				var rs = s.executeQuery("select chain_seq from audit_event where action = '" + action + "'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long idAt(Connection c, long seq) throws SQLException {
		try (Statement s = c.createStatement();
				var rs = s.executeQuery("select id from audit_event where chain_seq = " + seq)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, USER, PASSWORD);
	}

	@AfterAll
	static void dropDatabases() throws SQLException {
		try (Connection c = connect(SERVER + "postgres"); Statement s = c.createStatement()) {
			for (String name : CREATED) {
				s.execute("drop database if exists " + name + " with (force)");
			}
		}
	}

}
