package org.drillbook.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocalAddressTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sessions/4/log");

	LocalAddressTests() {
		this.request.setServerName("drillbook.example");
	}

	@Test
	void keepsThePathAndQueryOfThisServer() {
		assertThat(LocalAddress.pathOf(this.request, "https://drillbook.example/sessions/4/log?page=2&todo=true", "/"))
			.isEqualTo("/sessions/4/log?page=2&todo=true");
		assertThat(LocalAddress.pathOf(this.request, "https://DRILLBOOK.example:8443/recruits", "/"))
			.isEqualTo("/recruits");
	}

	@Test
	void neverLeadsElsewhere() {
		assertThat(LocalAddress.pathOf(this.request, "https://evil.example/sessions/4/log", "/")).isEqualTo("/");
		assertThat(LocalAddress.pathOf(this.request, "https://drillbook.example//evil.example/x", "/")).isEqualTo("/");
		assertThat(LocalAddress.pathOf(this.request, "/sessions/4/log", "/")).isEqualTo("/");
		assertThat(LocalAddress.pathOf(this.request, "javascript:alert(1)", "/")).isEqualTo("/");
		assertThat(LocalAddress.pathOf(this.request, "https://drillbook.example/a b", "/home")).isEqualTo("/home");
		assertThat(LocalAddress.pathOf(this.request, null, "/home")).isEqualTo("/home");
	}

}
