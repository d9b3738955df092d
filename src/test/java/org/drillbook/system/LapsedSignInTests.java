package org.drillbook.system;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.drillbook.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A request whose sign-in has lapsed: a page opened goes to the sign-in page and is
 * remembered; an htmx request gets 401 with a notice in the user's language and a link
 * back to its page; a script's request a bare 401; a form sent after the lapse the
 * sign-in page saying it was not saved. Only the page opened starts a session.
 */
@DrillbookIntegrationTest
class LapsedSignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Test
	void aPageOpenedGoesToTheSignInPageAndIsRemembered() {
		MvcTestResult page = this.mvc.get().uri("/units").header("Sec-Fetch-Mode", "navigate").exchange();
		assertThat(page).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(page.getRequest().getSession(false)).as("the page is remembered for after the sign-in").isNotNull();
	}

	@Test
	void anHtmxRequestGetsANoticeWithALinkBackToItsPageAndNoSession() {
		MvcTestResult answer = this.mvc.get()
			.uri("/recruits?q=so")
			.header("HX-Request", "true")
			.header("HX-Current-URL", "http://localhost/sessions/12/log?page=2")
			.cookie(new Cookie(UserLocaleResolver.COOKIE, "pl"))
			.exchange();
		assertThat(answer).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(answer.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(answer).bodyText()
			.doesNotContain("<html")
			.contains("data-signin", "Sesja wygasła", "href=\"/sessions/12/log?page=2\"", "Zaloguj się ponownie");
		assertThat(answer.getRequest().getSession(false)).as("no session for a request the user did not open").isNull();
	}

	@Test
	void theLinkBackNeverLeavesThisServer() {
		for (String elsewhere : new String[] { "https://evil.example/sessions/1/log", "http://localhost//evil.example/",
				"not a url at all" }) {
			assertThat(this.mvc.get()
				.uri("/units")
				.header("HX-Request", "true")
				.header("HX-Current-URL", elsewhere)
				.exchange()).as(elsewhere).bodyText().contains("href=\"/\"");
		}
	}

	@Test
	void aScriptsOwnRequestGetsABare401AndNoSession() {
		MvcTestResult answer = this.mvc.get().uri("/sessions/1/log").header("Sec-Fetch-Mode", "cors").exchange();
		assertThat(answer).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(answer.getRequest().getSession(false)).isNull();
	}

	@Test
	void aRowSentWithHtmxAfterTheLapseGetsTheNoticeInItsLanguage() {
		// its CSRF token died with the session
		MvcTestResult answer = this.mvc.post()
			.uri("/sessions/1/log/2")
			.header("HX-Request", "true")
			.header("Accept-Language", "uk")
			.param("_csrf", "spent")
			.exchange();
		assertThat(answer).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(answer).bodyText().contains("data-signin", "Сеанс завершився");
	}

	@Test
	void aFormSentAfterTheLapseGoesToTheSignInPageWhichSaysItWasNotSaved() {
		MvcTestResult answer = this.mvc.post()
			.uri("/units")
			.param("code", "LAPSE")
			.param("name", "Lapsed")
			.param("_csrf", "spent")
			.exchange();
		assertThat(answer).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login?expired");
		assertThat(this.mvc.get().uri("/login?expired").header("Accept-Language", "en")).bodyText()
			.contains("what you sent was not saved");
	}

	@Test
	void aWrongTokenInALiveSessionIsStillRefused() throws Exception {
		MockHttpSession live = new MockHttpSession();
		live.setNew(false);
		MvcTestResult answer = this.mvc.post()
			.uri("/units")
			.session(live)
			.with(user(this.data.admin()))
			.header("HX-Request", "true")
			.param("code", "LAPSE")
			.param("_csrf", "forged")
			.exchange();
		assertThat(answer).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(answer.getResponse().getContentAsString().toLowerCase(Locale.ROOT)).doesNotContain("data-signin");
	}

}
