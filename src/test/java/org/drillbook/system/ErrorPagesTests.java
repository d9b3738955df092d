package org.drillbook.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drillbook.account.AccountService;
import org.drillbook.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as the servlet container serves them to a browser, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class ErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	private HttpClient client;

	@BeforeEach
	void signIn() throws Exception {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String username = "errors-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "error pages passphrase", Role.ADMIN, null);
		Matcher token = CSRF.matcher(get("/login").body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> login = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=error+pages+passphrase&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void missingPageIsAFriendly404InsideTheLayout() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("id=\"errorPage\"", "navbar", "Not found");
	}

	@Test
	void serverErrorIsFriendlyAndShowsNoStackTrace() throws Exception {
		HttpResponse<String> response = get("/test/failing");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("id=\"errorPage\"", "Something went wrong")
			.doesNotContain("secret detail", "IllegalStateException", "at org.");
	}

	@Test
	void errorPagesSpeakTheUsersLanguage() throws Exception {
		assertThat(get("/no/such/page?lang=pl").body()).contains("Nie znaleziono");
	}

	@Test
	void aTooLargeUploadGetsAClearAnswerNotAnError() throws Exception {
		Matcher token = CSRF.matcher(get("/").body());
		assertThat(token.find()).isTrue();
		String boundary = "drillbookBoundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"
				+ "x".repeat(3 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/recruits/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/recruits/import?tooLarge"));
		assertThat(get("/recruits/import?tooLarge").body()).contains("id=\"tooLarge\"", "too large");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@TestConfiguration
	static class Failing {

		@RestController
		static class FailingController {

			@GetMapping("/test/failing")
			String fail() {
				throw new IllegalStateException("secret detail");
			}

		}

	}

}
