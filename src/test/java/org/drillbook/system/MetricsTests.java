package org.drillbook.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and Prometheus metrics on the management port (127.0.0.1), not on the
 * application's: request timings by route, and the counters of the range and of sign-in.
 * Shares ErrorPagesTests' application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class MetricsTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

	@Test
	void metricsAndHealthAreOnTheManagementPortOnly() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> health = get(this.managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(get(this.port, "/login").body());
		assertThat(token.find()).isTrue();
		// a refused sign-in, counted
		HttpResponse<String> refused = this.client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=nobody-here&password=wrong+password&_csrf=" + token.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("error"));

		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_bucket", "uri=\"/login\"",
				"drillbook_range_rows_saved_total", "drillbook_sign_in_lockouts_total{", "of=\"account\"",
				"drillbook_sign_in_refused_total{reason=\"badCredentials\"");
		assertThat(get(this.port, "/actuator/prometheus").statusCode()).as("not on the application's port")
			.isNotEqualTo(200);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
