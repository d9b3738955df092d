package org.drillbook;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run a database of its own, isolated from the application's
 * {@code drillbook} database: {@code drillbook_test_<time>_<pid>}, created by the
 * application's own bootstrap on the first context start. Databases of earlier runs that
 * nobody uses any more are dropped here.
 */
public class TestDatabase implements LauncherSessionListener {

	static final String PROPERTY = "drillbook.test.database";

	private static final String PREFIX = "drillbook_test_";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty(PROPERTY) != null) {
			return;
		}
		LocalDateTime now = LocalDateTime.now();
		System.setProperty(PROPERTY, PREFIX + STAMP.format(now) + "_" + ProcessHandle.current().pid());
		dropStale(now);
	}

	private static void dropStale(LocalDateTime now) {
		String url = "jdbc:postgresql://" + env("TEST_DB_HOST", "127.0.0.1") + ":" + env("TEST_DB_PORT", "5432")
				+ "/postgres";
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
