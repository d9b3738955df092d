package org.drillbook.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a PostgreSQL 17 of Drillbook's own when none is configured and none answers, so
 * that {@code ./mvnw spring-boot:run} needs nothing but Java. {@code DRILLBOOK_DB} says
 * when: {@code auto} (the default) when {@code DB_URL} is not set and nothing answers at
 * the default address, {@code embedded} always (unless {@code DB_URL} is set, which is
 * refused as a contradiction), {@code external} never. With {@code DB_URL} set (Compose,
 * production) it is never used.
 * <p>
 * The data lives in {@code DRILLBOOK_DB_DIR} (default {@code ~/.drillbook/pgdata}) and is
 * kept between runs; unlike a throw-away test server, it writes durably (fsync and
 * synchronous commit on). The server stops with the application. Runs on the prepared
 * environment just before {@link DatabaseBootstrap}, which then waits for it, creates the
 * {@code drillbook} database on the first start, and Flyway migrates it as any other.
 * Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedDatabase implements SmartApplicationListener {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/drillbook";

	static final String BEAN_NAME = "drillbookEmbeddedPostgres";

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

	private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);

	private EmbeddedPostgres server;

	/** When the embedded server may be used ({@code DRILLBOOK_DB}). */
	enum Mode {

		AUTO, EMBEDDED, EXTERNAL;

		static Mode of(String value) {
			if (!StringUtils.hasText(value)) {
				return AUTO;
			}
			try {
				return valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new DatabaseUnavailableException(
						"DRILLBOOK_DB is '" + value.strip() + "'; give auto (the default), embedded or external.");
			}
		}

	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public int getOrder() {
		return DatabaseBootstrap.ORDER - 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			environmentPrepared(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.server != null
				&& prepared.getApplicationContext().getBeanFactory() instanceof DefaultListableBeanFactory beans) {
			// registered before any other bean, so destroyed after all of them (the pool
			// is closed before the server stops)
			EmbeddedPostgres started = this.server;
			beans.registerSingleton(BEAN_NAME, started);
			beans.registerDisposableBean(BEAN_NAME, () -> stop(started));
		}
		else if (event instanceof ApplicationFailedEvent && this.server != null) {
			stop(this.server);
		}
	}

	private void environmentPrepared(ConfigurableEnvironment env) {
		if (!env.getProperty("drillbook.database.bootstrap", Boolean.class, true)) {
			return;
		}
		Mode mode = Mode.of(env.getProperty("drillbook.database.mode"));
		if (!wanted(mode, StringUtils.hasText(env.getProperty("DB_URL")), env.getProperty("spring.datasource.url"),
				() -> answers("127.0.0.1", 5432))) {
			return;
		}
		Path directory = directory(env.getProperty("drillbook.database.embedded.directory"));
		int port = env.getProperty("drillbook.database.embedded.port", Integer.class, 0);
		Duration wait = DatabaseBootstrap.wait(env.getProperty("drillbook.database.wait"));
		if (mode == Mode.AUTO) {
			log.info("DB_URL is not set and no PostgreSQL answers at 127.0.0.1:5432: starting an embedded one"
					+ " (DRILLBOOK_DB=external turns this off).");
		}
		this.server = start(directory, port, wait);
		String url = "jdbc:postgresql://127.0.0.1:" + this.server.getPort() + "/drillbook";
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", "postgres");
		settings.put("spring.datasource.password", "");
		settings.put("spring.flyway.user", "postgres");
		settings.put("spring.flyway.password", "");
		env.getPropertySources().addFirst(new MapPropertySource("drillbookEmbeddedDatabase", settings));
		log.warn("The database is an EMBEDDED PostgreSQL 17, for trying Drillbook and for development, not for"
				+ " production: its data is in " + directory + " (DRILLBOOK_DB_DIR), it listens at " + url
				+ " (user postgres, this machine only), its log is " + logName(directory)
				+ ", and it stops with Drillbook. For real use, run PostgreSQL"
				+ " and set DB_URL (README.md, Using your own PostgreSQL).");
	}

	/**
	 * Whether to start the embedded server: never when {@code DRILLBOOK_DB=external} or
	 * {@code DB_URL} is set (and {@code embedded} with {@code DB_URL} is a contradiction,
	 * refused); always when {@code embedded}; when {@code auto}, only for the default
	 * address, and only when nothing answers there.
	 */
	static boolean wanted(Mode mode, boolean dbUrlSet, String url, BooleanSupplier defaultAnswers) {
		if (mode == Mode.EXTERNAL) {
			return false;
		}
		if (dbUrlSet) {
			if (mode == Mode.EMBEDDED) {
				throw new DatabaseUnavailableException(
						"DRILLBOOK_DB=embedded, but DB_URL is set too: unset DB_URL to use the embedded PostgreSQL,"
								+ " or unset DRILLBOOK_DB to use the one DB_URL names.");
			}
			return false;
		}
		return mode == Mode.EMBEDDED || (DEFAULT_URL.equals(url) && !defaultAnswers.getAsBoolean());
	}

	static Path directory(String configured) {
		if (StringUtils.hasText(configured)) {
			return Path.of(configured.strip()).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".drillbook", "pgdata");
	}

	/** Whether anything accepts a connection there within a second. */
	public static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) PROBE_TIMEOUT.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Starts a server that keeps its data in {@code directory} (created and initialised
	 * on the first start, reused after), durable, on this machine only.
	 */
	static EmbeddedPostgres start(Path directory, int port, Duration wait) {
		try {
			Files.createDirectories(directory);
			ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(serverLog(directory).toFile());
			return EmbeddedPostgres.builder()
				.setOutputRedirector(output)
				.setErrorRedirector(output)
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(wait.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : wait)
				.setRegisterShutdownHook(false)
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "100")
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL in " + directory + ": "
					+ reason(ex) + stillRunning(directory) + " Its log: " + logName(directory)
					+ ". Set DRILLBOOK_DB_DIR to another directory, or run PostgreSQL and set DB_URL.");
		}
	}

	/**
	 * The server's own log, beside its directory (not in it: initdb wants an empty one);
	 * begun afresh once it passes 10 MB.
	 */
	static Path serverLog(Path directory) throws IOException {
		Path log = logName(directory);
		if (Files.isRegularFile(log) && Files.size(log) > 10 * 1024 * 1024) {
			Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.exists(log)) {
			// for its owner only, like the data: a refused statement's line may quote a
			// value
			Files.createFile(log);
			if (Files.getFileAttributeView(log, PosixFileAttributeView.class) != null) {
				Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-------"));
			}
		}
		return log;
	}

	/** The innermost message, which names what failed. */
	private static String reason(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		if (t instanceof OverlappingFileLockException
				|| (t.getMessage() != null && t.getMessage().startsWith("could not lock"))) {
			return "the directory is in use.";
		}
		String message = (t.getMessage() != null) ? t.getMessage().strip() : t.getClass().getSimpleName();
		return message.endsWith(".") ? message : message + ".";
	}

	/**
	 * A server still running on the directory, of another Drillbook or left by one that
	 * was killed: says which process it is.
	 */
	private static String stillRunning(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		try {
			if (Files.isRegularFile(pidFile)) {
				String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).strip();
				long pid = Long.parseLong(first);
				if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
					return " A PostgreSQL (process " + pid + ") already runs on this directory: another Drillbook"
							+ " uses it, or one that was killed left it running (then stop it: kill " + pid + ").";
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// nothing more to say than the reason itself
		}
		return "";
	}

	private static Path logName(Path directory) {
		return directory.resolveSibling(directory.getFileName() + ".log");
	}

	static void stop(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL: " + ex.getMessage());
		}
	}

}
