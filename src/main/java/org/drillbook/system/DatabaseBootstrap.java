package org.drillbook.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs before anything else touches the database: waits for PostgreSQL to answer (a
 * server still starting, or a machine so busy that a connection takes seconds, is waited
 * for up to {@code DRILLBOOK_DB_WAIT}), then fails with one clear line that says why:
 * connection refused, unknown host, login refused or no answer. Creates the configured
 * database when it is missing and the role may create it. Registered in
 * {@code META-INF/spring.factories}.
 */
public class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/**
	 * After the configuration files are read; {@link EmbeddedDatabase} goes just before.
	 */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

	/** The longest one attempt may take: a busy machine needs more than a few seconds. */
	static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration FIRST_PAUSE = Duration.ofMillis(250);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

	private static final Pattern POSTGRES_URL = Pattern
		.compile("^jdbc:postgresql://(?<server>[^/?]*)/(?<database>[^?;]+)(?<params>[?;].*)?$");

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private static final Log log = LogFactory.getLog(DatabaseBootstrap.class);

	@Override
	public int getOrder() {
		return ORDER;
	}

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
		ensureDatabase(url, user, password, wait(env.getProperty("drillbook.database.wait")));
	}

	/**
	 * {@code DRILLBOOK_DB_WAIT}: a number of seconds, or a duration such as {@code 90s}
	 * or {@code 2m}; {@code 0} tries once.
	 */
	static Duration wait(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_WAIT;
		}
		String text = value.strip();
		try {
			Duration wait = text.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(text))
					: DurationStyle.detectAndParse(text);
			if (wait.isNegative()) {
				throw new IllegalArgumentException("negative");
			}
			return wait;
		}
		catch (RuntimeException ex) {
			throw new DatabaseUnavailableException("DRILLBOOK_DB_WAIT is '" + text
					+ "', which is not a duration: give seconds (60) or a duration such as 90s or 2m.");
		}
	}

	static void ensureDatabase(String url, String user, String password, Duration wait) {
		Matcher m = POSTGRES_URL.matcher(url);
		if (!m.matches()) {
			return;
		}
		String server = m.group("server");
		String database = m.group("database");
		try (Connection ignored = connectWaiting(server, url, user, password, wait)) {
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
		try (Connection c = connect(maintenance, user, password, ATTEMPT_TIMEOUT); Statement s = c.createStatement()) {
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

	/**
	 * Tries until the server answers or the wait is over, pausing a little longer each
	 * time; says once that it is waiting. A failure that waiting cannot mend (a refused
	 * login, a missing database) ends the wait at once.
	 */
	private static Connection connectWaiting(String server, String url, String user, String password, Duration wait)
			throws SQLException {
		long start = System.nanoTime();
		long deadline = start + wait.toNanos();
		Duration pause = FIRST_PAUSE;
		boolean said = false;
		while (true) {
			Duration left = Duration.ofNanos(deadline - System.nanoTime());
			try {
				Connection connection = connect(url, user, password, clamp(left));
				if (said) {
					log.info("PostgreSQL at " + server + " answered after "
							+ Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s.");
				}
				return connection;
			}
			catch (SQLException ex) {
				Failure failure = Failure.of(ex);
				left = Duration.ofNanos(deadline - System.nanoTime());
				if (!failure.passes() || left.compareTo(pause) <= 0) {
					throw ex;
				}
				if (!said) {
					log.warn("Waiting for PostgreSQL at " + server + " (" + failure.description
							+ "): trying again for up to " + wait.toSeconds() + " s (DRILLBOOK_DB_WAIT).");
					said = true;
				}
				sleep(pause);
				pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
			}
		}
	}

	private static Duration clamp(Duration left) {
		if (left.compareTo(ATTEMPT_TIMEOUT) > 0) {
			return ATTEMPT_TIMEOUT;
		}
		return left.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : left;
	}

	private static void sleep(Duration pause) throws SQLException {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while waiting for PostgreSQL", "08001", ex);
		}
	}

	private static Connection connect(String url, String user, String password, Duration timeout) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", user);
		props.setProperty("password", password == null ? "" : password);
		String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
		props.setProperty("connectTimeout", seconds);
		props.setProperty("loginTimeout", seconds);
		props.setProperty("socketTimeout", String.valueOf(Math.max(10, timeout.toSeconds())));
		return DriverManager.getConnection(url, props);
	}

	static DatabaseUnavailableException unavailable(String server, SQLException ex) {
		Failure failure = Failure.of(ex);
		String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
		return new DatabaseUnavailableException(switch (failure) {
			case LOGIN -> "PostgreSQL at " + server + " refused the login (" + reason
					+ "). Set DB_USER and DB_PASSWORD to a role that may connect.";
			case UNKNOWN_HOST -> "Cannot reach PostgreSQL at " + server + ": the host name is unknown (" + reason
					+ "). Check the host in DB_URL.";
			case REFUSED -> "Cannot reach PostgreSQL at " + server
					+ ": the connection was refused (nothing listens there). Start PostgreSQL (on Debian:"
					+ " pg_ctlcluster --skip-systemctl-redirect <version> main start) or set DB_URL, DB_USER and"
					+ " DB_PASSWORD.";
			case TIMEOUT -> "Cannot reach PostgreSQL at " + server + ": no answer in time (" + reason
					+ "). The server or the network is down or overloaded; raise DRILLBOOK_DB_WAIT to wait longer"
					+ " or check DB_URL.";
			case STARTING -> "PostgreSQL at " + server + " was still starting up or full (" + reason
					+ "); raise DRILLBOOK_DB_WAIT to wait longer.";
			case CONNECTION -> "Cannot reach PostgreSQL at " + server + " (" + reason
					+ "). Check that it runs and that DB_URL points to it.";
			case OTHER ->
				"Cannot use PostgreSQL at " + server + " (" + reason + "). Check DB_URL, DB_USER and" + " DB_PASSWORD.";
		});
	}

	/** Why a connection failed, and whether waiting may mend it. */
	enum Failure {

		REFUSED("connection refused", true), UNKNOWN_HOST("unknown host", true), TIMEOUT("no answer", true),
		STARTING("starting up", true), CONNECTION("connection failed", true), LOGIN("login refused", false),
		OTHER("error", false);

		final String description;

		private final boolean passes;

		Failure(String description, boolean passes) {
			this.description = description;
			this.passes = passes;
		}

		boolean passes() {
			return this.passes;
		}

		static Failure of(SQLException ex) {
			String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
			if (state.equals("28P01") || state.equals("28000")) {
				return LOGIN;
			}
			if (state.equals("57P03") || state.equals("53300")) {
				return STARTING;
			}
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof UnknownHostException) {
					return UNKNOWN_HOST;
				}
				if (t instanceof ConnectException) {
					return REFUSED;
				}
				if (t instanceof SocketTimeoutException) {
					return TIMEOUT;
				}
			}
			String message = (ex.getMessage() != null) ? ex.getMessage().toLowerCase(java.util.Locale.ROOT) : "";
			if (message.contains("timed out") || message.contains("timeout")) {
				return TIMEOUT;
			}
			return state.startsWith("08") ? CONNECTION : OTHER;
		}

	}

}
