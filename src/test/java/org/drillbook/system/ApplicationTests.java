package org.drillbook.system;

import java.util.UUID;

import org.drillbook.account.AccountService;
import org.drillbook.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The whole application, end to end through Spring Security, on PostgreSQL. */
@DrillbookIntegrationTest
class ApplicationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Test
	void livenessAndReadinessArePublicOnTheApplicationsPort() {
		assertThat(this.mvc.get().uri("/livez")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
		assertThat(this.mvc.get().uri("/readyz")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
	}

	@Test
	void noOtherActuatorEndpointIsPublic() {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/info", "/actuator/metrics",
				"/actuator/beans" }) {
			assertThat(this.mvc.get().uri(path)).as(path)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
		}
	}

	@Test
	void everythingElseNeedsASignIn() {
		assertThat(this.mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("name=\"username\"");
	}

	@Test
	void stateChangesNeedACsrfToken() {
		MockHttpSession live = new MockHttpSession();
		live.setNew(false);
		assertThat(this.mvc.post().uri("/login").session(live).param("username", "x").param("password", "y"))
			.hasStatus(HttpStatus.FORBIDDEN);
		// without a session the token died with it (LapsedSignIn): refused all the same
		assertThat(this.mvc.post().uri("/login").param("username", "x").param("password", "y"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login?expired");
	}

	@Test
	void wrongPasswordAndUnknownUserLookTheSame() {
		String username = newUser(Role.INSTRUCTOR);
		MvcTestResult wrong = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", "not the password")
			.exchange();
		MvcTestResult unknown = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "nobody-" + username)
			.param("password", "not the password")
			.exchange();
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
			.isEqualTo(unknown.getResponse().getRedirectedUrl());
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
		String username = "ot-" + UUID.randomUUID().toString().substring(0, 8);
		String oneTime = this.accounts.createWithOneTimePassword(username, Role.ARMORER, null).password();
		MockHttpSession session = signIn(username, oneTime);
		assertThat(this.mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/account/password");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", oneTime)
			.param("newPassword", "too short")
			.param("confirmPassword", "too short")).hasStatusOk().bodyText().contains("is-invalid");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", oneTime)
			.param("newPassword", "a long enough passphrase")
			.param("confirmPassword", "a long enough passphrase")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk().bodyText().contains("id=\"dashboard\"");
	}

	@Test
	void loginChangesTheSessionId() {
		String username = newUser(Role.INSTRUCTOR);
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.session(before)
			.with(csrf())
			.param("username", username)
			.param("password", PASSWORD)
			.exchange();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
	}

	@Test
	void theChosenLanguageIsRememberedForTheUser() {
		String username = newUser(Role.INSTRUCTOR);
		MockHttpSession first = signIn(username, PASSWORD);
		assertThat(this.mvc.get().uri("/?lang=uk").session(first)).hasStatusOk().bodyText().contains("Панель");
		MockHttpSession second = signIn(username, PASSWORD);
		assertThat(this.mvc.get().uri("/").session(second)).hasStatusOk().bodyText().contains("Панель");
	}

	@Test
	void browserLanguageIsUsedBeforeAnyChoice() {
		assertThat(this.mvc.get().uri("/login").header("Accept-Language", "be-BY,be;q=0.9")).hasStatusOk()
			.bodyText()
			.contains("Уваход");
		assertThat(this.mvc.get().uri("/login").header("Accept-Language", "de-DE")).hasStatusOk()
			.bodyText()
			.contains("Sign in");
	}

	static final String PASSWORD = "integration passphrase";

	private String newUser(Role role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, role, null);
		return username;
	}

	private MockHttpSession signIn(String username, String password) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error");
		return (MockHttpSession) result.getRequest().getSession();
	}

}
