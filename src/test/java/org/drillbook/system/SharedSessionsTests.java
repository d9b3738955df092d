package org.drillbook.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.drillbook.DrillbookApplication;
import org.drillbook.HttpSession;
import org.drillbook.TestData;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Drillbook on one database, as behind a proxy: a session signed in on
 * one goes on on the other and survives a restart, results logged on both at once all
 * arrive, and ending a user's sessions on one instance ends them on the other.
 */
class SharedSessionsTests {

	private final HttpSession browser = new HttpSession();

	@Test
	void twoInstancesShareSessionsAndLogResultsTogether() throws Exception {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();
		try {
			TestData data = first.getBean(TestData.class);
			long unit = data.unit(null);
			List<Long> recruits = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				recruits.add(data.recruit(unit));
			}
			long drill = data.drillType();
			long session = data.openSession(unit, drill);
			DrillbookUser instructor = data.instructor(unit);

			assertThat(this.browser.signIn(port(first), instructor.getUsername(), TestData.PASSWORD)
				.headers()
				.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
			assertThat(this.browser.get(port(second), "/sessions/" + session + "/log").statusCode())
				.as("the session signed in on the first goes on on the second")
				.isEqualTo(200);

			// a restart of the first instance keeps the user signed in
			first.close();
			first = start();
			data = first.getBean(TestData.class);
			HttpResponse<String> sheet = this.browser.get(port(first), "/sessions/" + session + "/log");
			assertThat(sheet.statusCode()).isEqualTo(200);
			String token = HttpSession.csrf(sheet.body());

			// results logged on both instances at once
			List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
			for (int i = 0; i < recruits.size(); i++) {
				int port = port((i % 2 == 0) ? first : second);
				String body = "attendance=PRESENT&v" + drill + "=1&_csrf=" + token;
				HttpRequest.Builder save = HttpSession
					.request(port, "/sessions/" + session + "/recruits/" + recruits.get(i))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("HX-Request", "true")
					.POST(HttpRequest.BodyPublishers.ofString(body));
				saves.add(CompletableFuture.supplyAsync(() -> {
					try {
						return this.browser.send(save);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}, pool));
			}
			for (CompletableFuture<HttpResponse<String>> save : saves) {
				assertThat(save.get().statusCode()).isEqualTo(200);
			}
			pool.shutdown();
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
					session))
				.isEqualTo(recruits.size());
			assertThat(
					jdbc.queryForObject("select count(*) from attendance where session_id = ?", Integer.class, session))
				.isEqualTo(recruits.size());

			// scheduled work runs once across instances
			jdbc.update("update scheduled_run set last_run = timestamptz '2000-01-01 00:00:00+00' where job = ?",
					ExpiredSessionSweeper.JOB);
			assertThat(List.of(first.getBean(ExpiredSessionSweeper.class).claim(),
					second.getBean(ExpiredSessionSweeper.class).claim()))
				.containsExactlyInAnyOrder(true, false);

			// disabled on the first instance: the session is gone on the second too
			AccountService accounts = first.getBean(AccountService.class);
			accounts.disable(instructor.id(), accounts.find(instructor.id()).version(), data.admin());
			assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
					Integer.class, instructor.getUsername()))
				.isZero();
			HttpResponse<String> after = this.browser.get(port(second), "/sessions/" + session + "/log");
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?ended"));
		}
		finally {
			first.close();
			second.close();
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DrillbookApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
