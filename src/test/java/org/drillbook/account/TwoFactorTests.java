package org.drillbook.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.drillbook.TestData;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * TOTP enrolment, sign-in, recovery codes and reset, on a fixed clock; required for
 * admins.
 */
@DrillbookIntegrationTest
@TestPropertySource(properties = "drillbook.security.require-2fa-roles=ADMIN,ARMORER")
class TwoFactorTests {

	private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

	private static final Pattern SECRET = Pattern.compile("id=\"totpSecret\"[^>]*>([A-Z2-7]+)<");

	@MockitoBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	SecondFactorService secondFactor;

	@Autowired
	JdbcTemplate jdbc;

	private Duration offset = Duration.ZERO;

	@BeforeEach
	void fixedClock() {
		given(this.clock.instant()).willAnswer((invocation) -> NOON.plus(this.offset));
		given(this.clock.getZone()).willReturn(ZoneOffset.UTC);
	}

	@Test
	void anAdminMustEnrolThenSignsInWithACodeThatWorksOnce() throws Exception {
		DrillbookUser admin = this.data.user(Role.ADMIN);
		MockHttpSession session = signIn(admin.getUsername());
		assertThat(this.mvc.get().uri("/recruits").session(session)).redirectedUrl().isEqualTo("/account/2fa");

		String page = this.mvc.get().uri("/account/2fa").session(session).exchange().getResponse().getContentAsString();
		assertThat(page).contains("id=\"enrolRequired\"", "src=\"data:image/png;base64,");
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();

		assertThat(this.mvc.post().uri("/account/2fa").session(session).with(csrf()).param("code", "000000"))
			.redirectedUrl()
			.isEqualTo("/account/2fa?retry");
		MvcTestResult enabled = this.mvc.post()
			.uri("/account/2fa")
			.session(session)
			.with(csrf())
			.param("code", code(secret.group(1), 0))
			.exchange();
		assertThat(enabled).hasStatusOk();
		List<String> recovery = recoveryCodes(enabled.getResponse().getContentAsString());
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.mvc.get().uri("/recruits").session(session)).hasStatusOk();
		assertThat(this.jdbc.queryForObject("select count(*) from recovery_code where account_id = ? and code_hash = ?",
				Integer.class, admin.id(), recovery.get(0)))
			.as("only hashes are stored")
			.isZero();

		// the next sign-in asks for the code; the one already used is refused
		MockHttpSession next = signIn(admin.getUsername());
		assertThat(this.mvc.get().uri("/").session(next)).redirectedUrl().isEqualTo("/login/2fa");
		assertThat(this.mvc.get().uri("/accounts").session(next)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/login/2fa").session(next).with(csrf()).param("code", code(secret.group(1), 0)))
			.redirectedUrl()
			.isEqualTo("/login/2fa?error");
		this.offset = Duration.ofSeconds(30);
		assertThat(this.mvc.post().uri("/login/2fa").session(next).with(csrf()).param("code", code(secret.group(1), 0)))
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(this.mvc.get().uri("/accounts").session(next)).hasStatusOk();

		// a recovery code signs in once
		MockHttpSession lostPhone = signIn(admin.getUsername());
		assertThat(this.mvc.post().uri("/login/2fa").session(lostPhone).with(csrf()).param("code", recovery.get(3)))
			.redirectedUrl()
			.isEqualTo("/");
		MockHttpSession again = signIn(admin.getUsername());
		assertThat(this.mvc.post().uri("/login/2fa").session(again).with(csrf()).param("code", recovery.get(3)))
			.redirectedUrl()
			.isEqualTo("/login/2fa?error");
		assertThat(this.secondFactor.recoveryCodesLeft(admin.id())).isEqualTo(9);
	}

	@Test
	void anAdminResetsALostSecondFactor() throws Exception {
		DrillbookUser user = this.data.user(Role.ARMORER);
		String secret = enrol(user.getUsername());
		this.offset = Duration.ofSeconds(60);
		MockHttpSession session = signIn(user.getUsername());
		this.mvc.post().uri("/login/2fa").session(session).with(csrf()).param("code", code(secret, 0)).exchange();
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();

		this.secondFactor.reset(user.id(), this.data.admin());
		assertThat(this.mvc.get().uri("/").session(session)).redirectedUrl().isEqualTo("/login?ended");
		assertThat(this.mvc.get().uri("/").session(signIn(user.getUsername()))).redirectedUrl()
			.isEqualTo("/account/2fa");
	}

	@Test
	void wrongCodesLockTheAccount() throws Exception {
		DrillbookUser user = this.data.user(Role.ADMIN);
		enrol(user.getUsername());
		MockHttpSession session = signIn(user.getUsername());
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
			this.mvc.post().uri("/login/2fa").session(session).with(csrf()).param("code", "12345" + i).exchange();
		}
		assertThat(this.mvc.post().uri("/login/2fa").session(session).with(csrf()).param("code", "999999"))
			.redirectedUrl()
			.isEqualTo("/login?locked");
	}

	@Test
	void instructorsMayTurnItOnAndOff() throws Exception {
		DrillbookUser instructor = this.data.user(Role.INSTRUCTOR);
		MockHttpSession session = signIn(instructor.getUsername());
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
		String page = this.mvc.get().uri("/account/2fa").session(session).exchange().getResponse().getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();
		this.mvc.post()
			.uri("/account/2fa")
			.session(session)
			.with(csrf())
			.param("code", code(secret.group(1), 0))
			.exchange();
		assertThat(this.mvc.post()
			.uri("/account/2fa/disable")
			.session(session)
			.with(csrf())
			.param("currentPassword", TestData.PASSWORD)).redirectedUrl().isEqualTo("/account/2fa");
		assertThat(this.mvc.get().uri("/").session(signIn(instructor.getUsername()))).hasStatusOk();
	}

	private String enrol(String username) throws Exception {
		MockHttpSession session = signIn(username);
		String page = this.mvc.get().uri("/account/2fa").session(session).exchange().getResponse().getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();
		assertThat(this.mvc.post()
			.uri("/account/2fa")
			.session(session)
			.with(csrf())
			.param("code", code(secret.group(1), 0))).hasStatusOk();
		return secret.group(1);
	}

	private String code(String secret, int stepsAhead) throws Exception {
		long step = Math.floorDiv(NOON.plus(this.offset).getEpochSecond(), 30) + stepsAhead;
		return new DefaultCodeGenerator().generate(secret, step);
	}

	private static List<String> recoveryCodes(String html) {
		Matcher m = Pattern.compile("<li>([a-z0-9]{10})</li>").matcher(html);
		List<String> codes = new ArrayList<>();
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	private MockHttpSession signIn(String username) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", TestData.PASSWORD)
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error", "locked");
		return (MockHttpSession) result.getRequest().getSession();
	}

}
