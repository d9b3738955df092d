package org.drillbook.system;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.drillbook.TcpProxy;
import org.drillbook.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseBootstrapTests {

	private static final String SERVER = "127.0.0.1:" + TestDatabase.port();

	private static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "");

	@Test
	void aRefusedConnectionIsNamedAfterTheWait() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase("jdbc:postgresql://127.0.0.1:1/drillbook", USER,
				PASSWORD, Duration.ofSeconds(2)))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("Cannot reach PostgreSQL at 127.0.0.1:1: the connection was refused")
			.hasMessageContaining("DB_URL");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(1),
				Duration.ofSeconds(10));
	}

	@Test
	void anUnknownHostIsNamed() {
		assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase("jdbc:postgresql://no-such-host.invalid/drillbook",
				USER, PASSWORD, Duration.ZERO))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("the host name is unknown");
	}

	@Test
	void aRefusedLoginIsNamedAtOnceSinceWaitingCannotMendIt() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase("jdbc:postgresql://" + SERVER + "/postgres",
				"no_such_role_drillbook", "x", Duration.ofSeconds(60)))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("refused the login")
			.hasMessageContaining("DB_USER");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void aServerThatNeverAnswersIsATimeout() throws Exception {
		// the kernel completes the connection into the backlog, but nobody ever answers
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase(
					"jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/drillbook", USER, PASSWORD,
					Duration.ZERO))
				.isInstanceOf(DatabaseUnavailableException.class)
				.hasMessageContaining("no answer in time")
				.hasMessageContaining("DRILLBOOK_DB_WAIT");
		}
	}

	@Test
	void aServerThatComesUpLaterIsWaitedFor() throws Exception {
		try (TcpProxy proxy = TcpProxy.toTestDatabase()) {
			proxy.cut();
			Thread later = new Thread(() -> {
				try {
					Thread.sleep(1500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				proxy.restore();
			});
			later.start();
			long start = System.nanoTime();
			DatabaseBootstrap.ensureDatabase("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres", USER,
					PASSWORD, Duration.ofSeconds(30));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400),
					Duration.ofSeconds(15));
			later.join();
		}
	}

	@Test
	void theWaitIsReadInSecondsOrAsADuration() {
		assertThat(DatabaseBootstrap.wait(null)).isEqualTo(Duration.ofSeconds(60));
		assertThat(DatabaseBootstrap.wait("90")).isEqualTo(Duration.ofSeconds(90));
		assertThat(DatabaseBootstrap.wait("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(DatabaseBootstrap.wait("0")).isZero();
		assertThatThrownBy(() -> DatabaseBootstrap.wait("soon")).isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("DRILLBOOK_DB_WAIT is 'soon'");
	}

	@Test
	void missingDatabaseIsCreated() throws Exception {
		String name = "drillbook_bootstrap_" + ProcessHandle.current().pid();
		try {
			DatabaseBootstrap.ensureDatabase("jdbc:postgresql://" + SERVER + "/" + name, USER, PASSWORD, Duration.ZERO);
			assertThat(databaseExists(name)).isTrue();
			// a second start finds it and leaves it alone
			DatabaseBootstrap.ensureDatabase("jdbc:postgresql://" + SERVER + "/" + name, USER, PASSWORD, Duration.ZERO);
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
