package org.drillbook.system;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.drillbook.HttpSession;
import org.drillbook.TcpProxy;
import org.drillbook.account.AccountService;
import org.drillbook.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The database goes away under a running application and comes back: a TCP proxy between
 * the two cuts and restores the connection (the shared PostgreSQL is never stopped).
 * Requests get a short, clear 503 in the user's language, health is DOWN, and it all
 * recovers without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

	private static final TcpProxy proxy = TcpProxy.toTestDatabase();

	@DynamicPropertySource
	static void behindTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
				+ System.getProperty("drillbook.test.database", "drillbook_test"));
	}

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	AccountService accounts;

	@Autowired
	ExpiredSessionSweeper sweeper;

	private final HttpSession browser = new HttpSession();

	@Test
	void anOutageIsAShortClearWaitAndEverythingComesBack() throws Exception {
		String username = "outage-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "outage passphrase long", Role.ADMIN, null);
		this.browser.signIn(this.port, username, "outage passphrase long");
		assertThat(get("/units").statusCode()).isEqualTo(200);
		assertThat(get("/units?lang=pl").statusCode()).isEqualTo(200);
		assertThat(this.browser.cookies().getCookieStore().getCookies()).extracting(HttpCookie::getName)
			.contains(UserLocaleResolver.COOKIE);
		String formToken = HttpSession.csrf(get("/units/new").body());

		proxy.cut();
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = get("/units");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("how long the request waited")
				.isLessThan(Duration.ofSeconds(5));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(page.body()).contains("<html lang=\"pl\"", "Baza danych nie odpowiada",
					"Nic, co zapisano, nie zostało utracone", "href=\"/units\"");

			HttpResponse<String> fragment = this.browser.htmxGet(this.port, "/units");
			assertThat(fragment.statusCode()).isEqualTo(503);
			assertThat(fragment.body()).doesNotContain("<html").contains("data-outage", "Baza danych nie odpowiada");

			HttpResponse<String> sent = this.browser.send(HttpSession.request(this.port, "/units")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Referer", "http://127.0.0.1:" + this.port + "/units/new")
				.POST(HttpRequest.BodyPublishers.ofString("code=OUT1&name=Outage&version=0&_csrf=" + formToken)));
			assertThat(sent.statusCode()).isEqualTo(503);
			assertThat(sent.body()).contains("nie zostało zapisane", "href=\"/units/new\"");

			// the page's styles come without the database, also for a signed-in user
			for (String file : List.of("/assets/css/drillbook.css", "/webjars/bootstrap/dist/css/bootstrap.min.css",
					"/favicon.ico")) {
				assertThat(get(file).statusCode()).as(file).isEqualTo(200);
			}

			assertThat(health().statusCode()).isEqualTo(503);
			assertThat(get("/readyz").statusCode()).isEqualTo(503);
			// the minutely job waits for the next minute, saying so in one line
			assertThatCode(this.sweeper::sweep).doesNotThrowAnyException();
		}
		finally {
			proxy.restore();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (health().statusCode() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(health().statusCode()).isEqualTo(200);
		assertThat(get("/readyz").statusCode()).isEqualTo(200);
		HttpResponse<String> back = get("/units");
		assertThat(back.statusCode()).as("still signed in, no restart").isEqualTo(200);
		assertThat(back.body()).doesNotContain("loginForm");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.get(this.port, path);
	}

	private HttpResponse<String> health() throws Exception {
		return this.browser.get(this.managementPort, "/actuator/health");
	}

}
