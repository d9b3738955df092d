package org.drillbook.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.drillbook.DrillbookApplication;
import org.drillbook.HttpSession;
import org.drillbook.TestData;
import org.drillbook.TestDatabase;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RecruitService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented backup and restore (scripts/backup.sh, scripts/restore.sh) round trip: a
 * dump restored into a new database, Drillbook started on it: sign-in, identities and the
 * audit trail are all there. A key other than the dump's is refused before anything is
 * restored.
 */
@DrillbookIntegrationTest
class BackupRestoreTests {

	private static final String SERVER_HOST = TestDatabase.host();

	private static final String SERVER_PORT = String.valueOf(TestDatabase.port());

	@Autowired
	TestData data;

	@Autowired
	RecruitService recruits;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRestoredDumpRunsWithItsKeyAndIsRefusedWithAnother() throws Exception {
		// the scripts use the machine's pg_dump and psql, made for the machine's own
		// server;
		// a machine whose tests run on the embedded PostgreSQL has neither that server
		// nor
		// (as a rule) those tools
		Assumptions.assumeFalse(TestDatabase.isEmbedded(),
				"the tests run on an embedded PostgreSQL: the backup scripts need the machine's own");
		long unit = this.data.unit(null);
		String callSign = TestData.unique("Sowa");
		long recruit = this.data.recruit(callSign, unit);
		DrillbookUser admin = this.data.admin();
		long audited = this.jdbc.queryForObject("select count(*) from audit_event", Long.class);

		Path dir = Files.createDirectories(Path.of("target", "backup-test"));
		try (Stream<Path> old = Files.list(dir)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
		String database = System.getProperty("drillbook.test.database");
		assertThat(run(List.of("scripts/backup.sh", dir.toString()), Map.of("PGDATABASE", database)).exit).isZero();
		Path dump;
		try (Stream<Path> files = Files.list(dir)) {
			dump = files.filter((f) -> f.toString().endsWith(".dump")).findFirst().orElseThrow();
		}
		assertThat(Path.of(dump + ".key-fingerprint")).exists();

		byte[] other = new byte[32];
		new SecureRandom().nextBytes(other);
		String restored = database + "_restored";
		Result refused = run(List.of("scripts/restore.sh", dump.toString(), restored),
				Map.of("DRILLBOOK_DATA_KEY", Base64.getEncoder().encodeToString(other)));
		assertThat(refused.exit).isEqualTo(1);
		assertThat(refused.output).contains("is not the one this dump was made with", "nothing was restored");
		assertThat(databaseExists(restored)).isFalse();

		try {
			assertThat(run(List.of("scripts/restore.sh", dump.toString(), restored), Map.of()).exit).isZero();
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DrillbookApplication.class).run(
					"--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=jdbc:postgresql://" + SERVER_HOST + ":" + SERVER_PORT + "/" + restored)) {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				assertThat(app.getBean(RecruitService.class).details(recruit, admin).identity().legalName())
					.isEqualTo("Legal " + callSign);
				assertThat(
						app.getBean(JdbcTemplate.class).queryForObject("select count(*) from audit_event", Long.class))
					.isGreaterThanOrEqualTo(audited);
				// and its hash chain holds, verified as an operator would after a restore
				java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
				assertThat(org.drillbook.audit.AuditChainCommand
					.run(Map.of("DB_URL", "jdbc:postgresql://" + SERVER_HOST + ":" + SERVER_PORT + "/" + restored,
							"DB_USER", System.getenv().getOrDefault("DB_USER", "postgres"), "DB_PASSWORD",
							System.getenv().getOrDefault("DB_PASSWORD", "")), new java.io.PrintStream(said, true)))
					.as("%s", said)
					.isZero();
				HttpSession browser = new HttpSession();
				browser.signIn(port, admin.getUsername(), TestData.PASSWORD);
				HttpResponse<String> recruitsPage = browser.get(port, "/recruits");
				assertThat(recruitsPage.statusCode()).as("signed in on the restored database").isEqualTo(200);
				assertThat(recruitsPage.body()).doesNotContain("loginForm");
			}
		}
		finally {
			this.jdbc.execute("drop database if exists \"" + restored + "\" with (force)");
		}
	}

	private boolean databaseExists(String name) {
		return this.jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, name) > 0;
	}

	private record Result(int exit, String output) {

	}

	private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().put("PGHOST", SERVER_HOST);
		builder.environment().put("PGPORT", SERVER_PORT);
		builder.environment().put("PGUSER", System.getenv().getOrDefault("DB_USER", "postgres"));
		builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("DB_PASSWORD", ""));
		builder.environment().remove("DRILLBOOK_DATA_KEY");
		builder.environment().put("DRILLBOOK_DATA_KEY_FILE", "target/test-data.key");
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
