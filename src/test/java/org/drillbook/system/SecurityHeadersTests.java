package org.drillbook.system;

import java.util.List;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Every page carries the protective headers, and none needs inline scripts or styles. */
@DrillbookIntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Test
	void everyPageHasTheHeaders() throws Exception {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		DrillbookUser admin = this.data.admin();
		for (String page : List.of("/", "/units", "/units/" + unit, "/units/new", "/units/" + unit + "/edit",
				"/units/" + unit + "/roster", "/recruits", "/recruits/new", "/recruits/" + recruit,
				"/recruits/" + recruit + "/edit", "/recruits/import", "/instructors", "/instructors/new", "/audit",
				"/account/password", "/qualifications", "/qualifications/new", "/readiness", "/readiness/units/" + unit,
				"/readiness/expiring", "/recruits/" + recruit + "/qualifications")) {
			check(this.mvc.get().uri(page).with(user(admin)).exchange(), page);
		}
		check(this.mvc.get().uri("/login").exchange(), "/login");
	}

	@Test
	void hstsIsSentOverTls() {
		assertThat(this.mvc.get()
			.uri("https://localhost/login")
			.exchange()
			.getResponse()
			.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(this.mvc.get()
			.uri("http://localhost/login")
			.exchange()
			.getResponse()
			.getHeader("Strict-Transport-Security")).isNull();
	}

	private static void check(MvcTestResult result, String page) throws Exception {
		assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).as(page)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).as(page).isEqualTo("same-origin");
		String html = result.getResponse().getContentAsString();
		assertThat(html).as(page)
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
			.doesNotContain(" style=\"", "<style", " onclick=", " onload=", " onchange=", " onsubmit=");
	}

}
