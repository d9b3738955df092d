package org.drillbook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.drillbook.account.Role;
import org.drillbook.demo.DemoSeeding;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every page an admin and an instructor reach by following links from the dashboard
 * of the demo battalion, in English and in Ukrainian, and checks each with axe-core
 * inside the browser (accessibility) and with the Nu HTML Checker (valid HTML). A new
 * page is covered as soon as a link leads to it. Pages that differ only in their ids or
 * parameter values are checked once.
 */
class PageWalkTests extends BrowserTestSupport {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	/**
	 * Downloads, sign-out and the language switch lead to no page of their own; Swagger
	 * UI is not ours to check (AccessTokenJourneyTests shows that it works).
	 */
	private static final Pattern SKIPPED = Pattern.compile(
			".*(\\.csv|\\.pdf|\\.json|\\.png|/logout|/login.*|/assets/.*|/webjars/.*|/swagger-ui.*|/v3/api-docs.*)");

	private static final int MAX_PAGES_PER_WALK = 120;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Test
	void everyPageReachableInTheDemoPassesAxeAndTheHtmlChecker() throws Exception {
		DemoSeeding.seed(this.context);
		String admin = this.data.user(Role.ADMIN).getUsername();
		Map<String, List<String>> problems = new LinkedHashMap<>();
		int pages = 0;
		for (String language : List.of("en", "uk")) {
			pages += walk(admin, TestData.PASSWORD, language, problems);
			pages += walk("grom", DemoSeeding.PASSWORD, language, problems);
			pages += walk("trainee", DemoSeeding.PASSWORD, language, problems);
		}
		assertThat(pages).as("pages checked").isGreaterThan(60);
		assertThat(problems).isEmpty();
	}

	private int walk(String username, String password, String language, Map<String, List<String>> problems)
			throws Exception {
		signIn(username, password);
		browser.get(url("/?lang=" + language));
		Set<String> seen = new TreeSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		int checked = 0;
		long started = System.nanoTime();
		while (!queue.isEmpty() && checked < MAX_PAGES_PER_WALK) {
			String path = queue.poll();
			if (!seen.add(shape(path))) {
				continue;
			}
			browser.get(url(path));
			if (browser.getCurrentUrl().contains("/login")) {
				continue;
			}
			settle();
			checked++;
			String where = username + " " + language + " " + path;
			List<String> found = new ArrayList<>(axe());
			// the page the browser landed on: a redirect (a trainee's "/") has no page of
			// its own
			found.addAll(htmlErrors(browser.getCurrentUrl().substring(url("").length())));
			if (!found.isEmpty()) {
				problems.put(where, found);
			}
			for (String link : links()) {
				if (!seen.contains(shape(link))) {
					queue.add(link);
				}
			}
		}
		System.out.printf("page walk: %s in %s, %d pages in %d ms%n", username, language, checked,
				(System.nanoTime() - started) / 1_000_000);
		return checked;
	}

	/** Same-site links of the page, as paths with their query. */
	private List<String> links() {
		String origin = url("");
		List<String> links = new ArrayList<>();
		for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
			String href = a.getAttribute("href");
			if (href == null || !href.startsWith(origin)) {
				continue;
			}
			String path = href.substring(origin.length()).replaceAll("#.*$", "");
			if (!path.isEmpty() && !SKIPPED.matcher(path.split("\\?")[0]).matches() && !path.contains("lang=")) {
				links.add(path);
			}
		}
		return links;
	}

	/** A page's kind: its path with ids as {id}, and the names of its parameters. */
	static String shape(String path) {
		String[] parts = path.split("\\?", 2);
		String shape = parts[0].replaceAll("/\\d+", "/{id}");
		if (parts.length > 1) {
			shape += "?" + String.join("&", new TreeSet<>(List.of(parts[1].replaceAll("=[^&]*", "").split("&"))));
		}
		return shape;
	}

	/** Waits for the page and what htmx loads into it. */
	private static void settle() {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		wait((d) -> Boolean.TRUE.equals(js.executeScript(
				"return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0;")));
	}

	@SuppressWarnings("unchecked")
	private static List<String> axe() throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
			js.executeScript(axeSource());
		}
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document).then((r) => done(r.violations.map((v) => 'axe ' + v.id + ' (' + v.impact + '): '
				    + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')
				    .replace(/\\s+/g, ' ')).join(' | '))))
				  .catch((e) => done(['axe failed: ' + e]));
				""");
		return (List<String>) result;
	}

	private static String axeSource;

	private static HtmlChecker checker;

	private static String axeSource() throws IOException {
		if (axeSource == null) {
			try (InputStream in = PageWalkTests.class.getClassLoader().getResourceAsStream(AXE)) {
				assertThat(in).as(AXE).isNotNull();
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return axeSource;
	}

	/**
	 * The server's HTML of the page (not the browser's rendering of it) through the Nu
	 * HTML Checker.
	 */
	private List<String> htmlErrors(String path) throws Exception {
		Cookie session = browser.manage().getCookieNamed("SESSION");
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Cookie", "SESSION=" + session.getValue())
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (checker == null) {
			checker = new HtmlChecker();
		}
		return checker.errors(response.body()).stream().map((error) -> "html " + error).toList();
	}

}
