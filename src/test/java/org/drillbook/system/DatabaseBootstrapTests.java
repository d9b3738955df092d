package org.drillbook.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseBootstrapTests {

	private static final String SERVER = "127.0.0.1:" + System.getenv().getOrDefault("TEST_DB_PORT", "5432");

	private static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "");

	@Test
	void unreachableServerFailsFastWithOneClearSentence() {
		long start = System.nanoTime();
		assertThatThrownBy(
				() -> DatabaseBootstrap.ensureDatabase("jdbc:postgresql://127.0.0.1:1/drillbook", USER, PASSWORD))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("Cannot reach PostgreSQL at 127.0.0.1:1")
			.hasMessageContaining("DB_URL");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void missingDatabaseIsCreated() throws Exception {
		String name = "drillbook_bootstrap_" + ProcessHandle.current().pid();
		try {
			DatabaseBootstrap.ensureDatabase("jdbc:postgresql://" + SERVER + "/" + name, USER, PASSWORD);
			assertThat(databaseExists(name)).isTrue();
			// a second start finds it and leaves it alone
			DatabaseBootstrap.ensureDatabase("jdbc:postgresql://" + SERVER + "/" + name, USER, PASSWORD);
		}
		finally {
			try (Connection c = maintenance(); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + name);
			}
		}
	}

	private static boolean databaseExists(String name) throws Exception {
		try (Connection c = maintenance();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
			return rs.next();
		}
	}

	private static Connection maintenance() throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, PASSWORD);
	}

}
