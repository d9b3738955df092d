package org.drillbook.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class SessionSparingCsrfTokenRepositoryTests {

	private final SessionSparingCsrfTokenRepository tokens = new SessionSparingCsrfTokenRepository();

	@Test
	void aRefusedPostWithoutASessionStartsNone() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/sessions/1/recruits/2");
		CsrfToken token = this.tokens.generateToken(post);
		this.tokens.saveToken(token, post, new MockHttpServletResponse());
		assertThat(post.getSession(false)).isNull();
	}

	@Test
	void aPageKeepsItsTokenInTheSession() {
		MockHttpServletRequest get = new MockHttpServletRequest("GET", "/login");
		CsrfToken token = this.tokens.generateToken(get);
		this.tokens.saveToken(token, get, new MockHttpServletResponse());
		assertThat(this.tokens.loadToken(get).getToken()).isEqualTo(token.getToken());

		// and a POST in an existing session keeps its new token too (after sign-in)
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
		post.setSession(get.getSession());
		CsrfToken fresh = this.tokens.generateToken(post);
		this.tokens.saveToken(fresh, post, new MockHttpServletResponse());
		assertThat(this.tokens.loadToken(post).getToken()).isEqualTo(fresh.getToken());
	}

}
