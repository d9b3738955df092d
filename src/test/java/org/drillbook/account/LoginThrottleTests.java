package org.drillbook.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.drillbook.TestData;
import org.drillbook.audit.AuditService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Lockout and throttling, kept in PostgreSQL. */
@DrillbookIntegrationTest
class LoginThrottleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditService audit;

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
		String username = this.data.user(Role.INSTRUCTOR).getUsername();
		for (int i = 1; i <= 4; i++) {
			assertThat(login(username, "wrong password " + i, "10.0.0.1")).isEqualTo("/login?error");
		}
		assertThat(login(username, "wrong password 5", "10.0.0.1")).isEqualTo("/login?locked");
		assertThat(login(username, TestData.PASSWORD, "10.0.0.2")).isEqualTo("/login?locked");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
				Integer.class, username, "ACCOUNT_LOCKED"))
			.isEqualTo(1);
	}

	@Test
	void unknownUsersLockTheSameWaySoALockRevealsNothing() {
		String nobody = TestData.unique("nobody-");
		for (int i = 1; i <= 4; i++) {
			assertThat(login(nobody, "guess " + i, "10.0.1.1")).isEqualTo("/login?error");
		}
		assertThat(login(nobody, "guess 5", "10.0.1.1")).isEqualTo("/login?locked");
	}

	@Test
	void aSuccessResetsTheCount() {
		String username = this.data.user(Role.ARMORER).getUsername();
		for (int i = 1; i <= 4; i++) {
			login(username, "wrong " + i, "10.0.2.1");
		}
		assertThat(login(username, TestData.PASSWORD, "10.0.2.1")).isEqualTo("/");
		assertThat(login(username, "wrong again", "10.0.2.1")).isEqualTo("/login?error");
	}

	@Test
	void theLockEndsAfterFifteenMinutesAndLivesInTheDatabase() {
		Instant start = Instant.parse("2026-11-26T10:00:00Z");
		LoginThrottle early = throttleAt(start);
		String username = TestData.unique("timed-");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
			early.failed(username, "10.0.3.1");
		}
		// another instance (a new object on the same database) sees the lock
		assertThat(throttleAt(start.plus(Duration.ofMinutes(14))).refused(username, "10.0.3.9")).isTrue();
		assertThat(throttleAt(start.plus(Duration.ofMinutes(16))).refused(username, "10.0.3.9")).isFalse();
	}

	@Test
	void oneAddressIsThrottledAcrossUsernames() {
		Instant now = Instant.parse("2026-11-26T11:00:00Z");
		LoginThrottle throttle = throttleAt(now);
		String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			throttle.failed(TestData.unique("spray-"), address);
		}
		assertThat(throttle.refused(TestData.unique("fresh-"), address)).isTrue();
		assertThat(throttle.refused(TestData.unique("fresh-"), "10.8.0.1")).isFalse();
	}

	private LoginThrottle throttleAt(Instant instant) {
		return new LoginThrottle(this.jdbc, this.audit, Clock.fixed(instant, ZoneOffset.UTC),
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry()) {
		};
	}

	private String login(String username, String password, String address) {
		return this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", username).param("password", password).exchange().getResponse().getRedirectedUrl();
	}

}
