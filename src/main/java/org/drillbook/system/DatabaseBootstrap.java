package org.drillbook.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs before anything else touches the database: checks that PostgreSQL answers within a
 * few seconds (so a stopped server gives one clear line, not a minute of stack traces)
 * and creates the configured database when it is missing and the role may create it.
 * Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final int CONNECT_TIMEOUT_SECONDS = 4;

	private static final Pattern POSTGRES_URL = Pattern
		.compile("^jdbc:postgresql://(?<server>[^/?]*)/(?<database>[^?;]+)(?<params>[?;].*)?$");

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private static final Log log = LogFactory.getLog(DatabaseBootstrap.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		if (!env.getProperty("drillbook.database.bootstrap", Boolean.class, true)) {
			return;
		}
		String url = env.getProperty("spring.datasource.url");
		if (url == null) {
			return;
		}
		String user = env.getProperty("spring.flyway.user", env.getProperty("spring.datasource.username", ""));
		String password = env.getProperty("spring.flyway.password", env.getProperty("spring.datasource.password", ""));
		ensureDatabase(url, user, password);
	}

	static void ensureDatabase(String url, String user, String password) {
		Matcher m = POSTGRES_URL.matcher(url);
		if (!m.matches()) {
			return;
		}
		String server = m.group("server");
		String database = m.group("database");
		try (Connection ignored = connect(url, user, password)) {
			return;
		}
		catch (SQLException ex) {
			if (!"3D000".equals(ex.getSQLState())) {
				throw unavailable(server, ex);
			}
		}
		if (!SAFE_NAME.matcher(database).matches()) {
			throw new DatabaseUnavailableException("Database '" + database + "' does not exist on " + server
					+ ". Create it, or set DB_URL to an existing database.");
		}
		String maintenance = "jdbc:postgresql://" + server + "/postgres";
		try (Connection c = connect(maintenance, user, password); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
			log.info("Created the missing database '" + database + "' on " + server + ".");
		}
		catch (SQLException ex) {
			if ("42P04".equals(ex.getSQLState())) {
				return; // created meanwhile by another instance
			}
			throw new DatabaseUnavailableException("Database '" + database + "' does not exist on " + server
					+ " and role '" + user + "' could not create it (" + ex.getMessage() + "). Create it (createdb "
					+ database + ") or set DB_URL, DB_USER and DB_PASSWORD.");
		}
	}

	private static Connection connect(String url, String user, String password) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", user);
		props.setProperty("password", password == null ? "" : password);
		props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
		props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
		props.setProperty("socketTimeout", "10");
		return DriverManager.getConnection(url, props);
	}

	private static DatabaseUnavailableException unavailable(String server, SQLException ex) {
		String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
		if ("28P01".equals(ex.getSQLState()) || "28000".equals(ex.getSQLState())) {
			return new DatabaseUnavailableException("PostgreSQL at " + server + " refused the login (" + reason
					+ "). Set DB_USER and DB_PASSWORD to a role that may connect.");
		}
		return new DatabaseUnavailableException("Cannot reach PostgreSQL at " + server + " (" + reason
				+ "). Start PostgreSQL (on Debian: pg_ctlcluster --skip-systemctl-redirect <version> main start)"
				+ " or set DB_URL, DB_USER and DB_PASSWORD.");
	}

}
