package org.drillbook.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.drillbook.DrillbookApplication;
import org.drillbook.HttpSession;
import org.drillbook.TestData;
import org.drillbook.system.EmbeddedDatabase.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL: Drillbook started with {@code DRILLBOOK_DB=embedded} on a new
 * directory (the demo profile, Flyway, the data key as on any database), signed in to,
 * given a unit through the form; stopped, which stops the server; started again on the
 * same directory, where the unit and even the sign-in are still there. And when it is
 * used at all.
 */
class EmbeddedDatabaseTests {

	private static Path root;

	@BeforeAll
	static void directory() throws IOException {
		root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-db-test");
	}

	@AfterAll
	static void removeDirectory() throws IOException {
		FileSystemUtils.deleteRecursively(root);
	}

	@Test
	void startsSignsInRecordsAndFindsTheRecordAgainAfterARestart() throws Exception {
		Path data = root.resolve("pgdata");
		String code = TestData.unique("EMB");
		HttpSession browser = new HttpSession();

		try (ConfigurableApplicationContext app = start(data, "--spring.profiles.active=demo")) {
			int port = port(app);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
			assertThat(jdbc.queryForObject("show fsync", String.class)).as("durable, unlike a test server")
				.isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isGreaterThan(10);
			assertThat(jdbc.queryForObject("select count(*) from recruit", Integer.class)).as("the demo seeded")
				.isGreaterThan(100);
			Path serverLog = data.resolveSibling("pgdata.log");
			assertThat(Files.readString(serverLog)).contains("ready to accept connections");
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(serverLog)))
					.as("its owner's only")
					.isEqualTo("rw-------");
			}

			assertThat(browser.signIn(port, "admin", "drillbook-demo").statusCode()).isEqualTo(302);
			String token = HttpSession.csrf(browser.get(port, "/units/new").body());
			HttpResponse<String> created = browser.post(port, "/units",
					"code=" + code + "&name=Embedded+platoon&version=0&_csrf=" + token);
			assertThat(created.statusCode()).isEqualTo(302);
			assertThat(created.headers().firstValue("Location").orElse("")).contains("/units/");
		}
		assertThat(data.resolve("postmaster.pid")).as("the server stopped with the application").doesNotExist();

		try (ConfigurableApplicationContext app = start(data)) {
			int port = port(app);
			HttpResponse<String> units = browser.get(port, "/units?size=500");
			assertThat(units.statusCode()).isEqualTo(200);
			assertThat(units.body()).as("still signed in: the session is in the database too")
				.doesNotContain("loginForm")
				.contains(code);
		}
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aDirectoryHeldByARunningServerIsRefusedWithOneClearLine() throws Exception {
		Path data = root.resolve("held");
		try (ConfigurableApplicationContext app = start(data)) {
			assertThatThrownBy(() -> start(data)).isInstanceOf(DatabaseUnavailableException.class)
				.hasMessageContaining("Could not start the embedded PostgreSQL in " + data)
				.hasMessageContaining("the directory is in use")
				.hasMessageContaining("already runs on this directory")
				.hasMessageContaining("DRILLBOOK_DB_DIR");
			assertThat(app.getBean(JdbcTemplate.class).queryForObject("select 1", Integer.class))
				.as("the first one runs on")
				.isEqualTo(1);
		}
	}

	@Test
	void isUsedOnlyWhenNoDatabaseIsConfiguredOrAsked() {
		String url = EmbeddedDatabase.DEFAULT_URL;
		assertThat(EmbeddedDatabase.wanted(Mode.AUTO, false, url, () -> false)).as("nothing answers").isTrue();
		assertThat(EmbeddedDatabase.wanted(Mode.AUTO, false, url, () -> true)).as("a local server answers").isFalse();
		assertThat(EmbeddedDatabase.wanted(Mode.AUTO, true, url, () -> false)).as("DB_URL set").isFalse();
		assertThat(EmbeddedDatabase.wanted(Mode.AUTO, false, "jdbc:postgresql://db:5432/drillbook", () -> false))
			.as("another address configured")
			.isFalse();
		assertThat(EmbeddedDatabase.wanted(Mode.EMBEDDED, false, url, () -> true)).as("forced").isTrue();
		assertThat(EmbeddedDatabase.wanted(Mode.EXTERNAL, false, url, () -> false)).as("forbidden").isFalse();
		assertThatThrownBy(() -> EmbeddedDatabase.wanted(Mode.EMBEDDED, true, url, () -> false))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("DB_URL is set too");
		assertThat(Mode.of(null)).isEqualTo(Mode.AUTO);
		assertThat(Mode.of(" Embedded ")).isEqualTo(Mode.EMBEDDED);
		assertThatThrownBy(() -> Mode.of("sqlite")).isInstanceOf(DatabaseUnavailableException.class)
			.hasMessage("DRILLBOOK_DB is 'sqlite'; give auto (the default), embedded or external.");
	}

	@Test
	void theDataLivesInTheHomeDirectoryUnlessToldOtherwise() {
		assertThat(EmbeddedDatabase.directory(null))
			.isEqualTo(Path.of(System.getProperty("user.home"), ".drillbook", "pgdata"));
		assertThat(EmbeddedDatabase.directory(" ")).isEqualTo(EmbeddedDatabase.directory(""));
		assertThat(EmbeddedDatabase.directory("relative/pg")).isAbsolute().endsWithRaw(Path.of("relative", "pg"));
	}

	private static ConfigurableApplicationContext start(Path data, String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--drillbook.database.mode=embedded", "--DB_URL=", "--drillbook.database.embedded.directory=" + data,
				"--drillbook.data.key-file=" + root.resolve("data.key")));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(DrillbookApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
