package org.drillbook.system;

import java.net.http.HttpResponse;

import org.drillbook.HttpSession;
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

	private final HttpSession browser = new HttpSession();

	@Test
	void metricsAndHealthAreOnTheManagementPortOnly() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> health = get(this.managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
		// a refused sign-in, counted
		HttpResponse<String> refused = this.browser.signIn(this.port, "nobody-here", "wrong password");
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
		return this.browser.get(port, path);
	}

}
