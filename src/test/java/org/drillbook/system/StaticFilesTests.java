package org.drillbook.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files over real HTTP (Tomcat compresses): linked under URLs that carry a hash of
 * their content, compressed, and cached for a year; pages are compressed and never
 * stored. Shares ErrorPagesTests' application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class StaticFilesTests {

	private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void assetsAreVersionedCompressedAndKeptForAYearWhilePagesAreNotKept() throws Exception {
		HttpResponse<String> page = get("/login", false);
		List<String> linked = new ArrayList<>();
		Matcher m = LINKED.matcher(page.body());
		while (m.find()) {
			linked.add(m.group(1));
		}
		assertThat(linked).anySatisfy((url) -> assertThat(url).matches("/assets/css/drillbook-[0-9a-f]{32}\\.css"))
			.anySatisfy((url) -> assertThat(url)
				.matches("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css"))
			.anySatisfy(
					(url) -> assertThat(url).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js"))
			.allSatisfy((url) -> assertThat(url).matches(".*-[0-9a-f]{32}\\.(css|js)"));
		for (String url : linked) {
			HttpResponse<String> asset = get(url, true);
			assertThat(asset.statusCode()).as(url).isEqualTo(200);
			assertThat(asset.headers().firstValue("Cache-Control")).as(url)
				.hasValueSatisfying((c) -> assertThat(c).contains("max-age=31536000", "public"));
			if (asset.body().length() > 2048) {
				assertThat(asset.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
			}
		}
		HttpResponse<String> compressed = get("/login", true);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		assertThat(get("/range-log-sw.js", false).headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
