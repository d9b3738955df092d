package org.drillbook;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser over plain HTTP for tests of the real server: keeps its cookies (the session,
 * the language), reads CSRF tokens from pages and signs in through the login form. Its
 * cookies go to any port of 127.0.0.1, so one can move between instances.
 */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	public CookieManager cookies() {
		return this.cookies;
	}

	public HttpResponse<String> get(int port, String path) throws Exception {
		return send(request(port, path).GET());
	}

	/** A GET as htmx makes it. */
	public HttpResponse<String> htmxGet(int port, String path) throws Exception {
		return send(request(port, path).header("HX-Request", "true").GET());
	}

	public HttpResponse<String> post(int port, String path, String form) throws Exception {
		return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public static HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	/**
	 * Signs in through the form.
	 * @return the answer to the sign-in (a redirect)
	 */
	public HttpResponse<String> signIn(int port, String username, String password) throws Exception {
		String token = csrf(get(port, "/login").body());
		return post(port, "/login",
				"username=" + username + "&password=" + password.replace(" ", "+") + "&_csrf=" + token);
	}

	/** The CSRF token of a page. */
	public static String csrf(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("a CSRF token").isTrue();
		return token.group(1);
	}

}
