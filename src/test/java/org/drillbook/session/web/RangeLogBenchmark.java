package org.drillbook.session.web;

import java.util.UUID;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A benchmark, not a test: how many sheets a second the server renders for a 30-recruit
 * squad and for a 500-recruit battalion in the same run, and how long a row save takes.
 * It runs only when asked: {@code ./mvnw test -Dtest=RangeLogBenchmark -Dbenchmark=true}.
 */
@DrillbookIntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RangeLogBenchmark {

	private static final int WARM_UP = 50;

	private static final int ROUNDS = 300;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Test
	void sheetsPerSecondAtThirtyAndAtFiveHundred() {
		long squad = this.data.unit(null);
		long recruit = this.data.recruit(squad);
		for (int i = 1; i < 30; i++) {
			this.data.recruit(squad);
		}
		long drill = this.data.drillType();
		long small = this.data.openSession(squad, drill);
		TestData.Battalion battalion = this.data.battalion(500, (i) -> RecruitStatus.IN_TRAINING);
		long big = this.data.openSession(battalion.id(), drill);
		DrillbookUser squadInstructor = this.data.instructor(squad);
		DrillbookUser battalionInstructor = this.data.instructor(battalion.id());

		double smallRate = rate(small, squadInstructor);
		double bigRate = rate(big, battalionInstructor);
		for (int i = 0; i < WARM_UP; i++) {
			save(small, recruit, drill, squadInstructor);
		}
		long started = System.nanoTime();
		for (int i = 0; i < ROUNDS; i++) {
			save(small, recruit, drill, squadInstructor);
		}
		double saveMillis = (System.nanoTime() - started) / 1e6 / ROUNDS;
		System.out.printf("range log benchmark: sheet %.0f/s for 30 recruits, %.0f/s for 500 (ratio %.2f);"
				+ " row save %.1f ms%n", smallRate, bigRate, bigRate / smallRate, saveMillis);
	}

	private double rate(long session, DrillbookUser who) {
		for (int i = 0; i < WARM_UP; i++) {
			open(session, who);
		}
		long started = System.nanoTime();
		for (int i = 0; i < ROUNDS; i++) {
			open(session, who);
		}
		return ROUNDS / ((System.nanoTime() - started) / 1e9);
	}

	private void open(long session, DrillbookUser who) {
		assertThat(this.mvc.get().uri("/sessions/{s}/log", session).with(user(who))).hasStatusOk();
	}

	private void save(long session, long recruit, long drill, DrillbookUser who) {
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/recruits/{r}", session, recruit)
			.header("HX-Request", "true")
			.with(user(who))
			.with(csrf())
			.param("submissionKey", UUID.randomUUID().toString())
			.param("attendance", "PRESENT")
			.param("v" + drill, "1")).hasStatusOk();
	}

}
