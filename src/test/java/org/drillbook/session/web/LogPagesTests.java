package org.drillbook.session.web;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The logging screen over HTTP: one request per card, htmx gets the card back, repeats
 * are harmless.
 */
@DrillbookIntegrationTest
class LogPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCardIsOneRequestAndADoubleClickRecordsOnce() {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.data.drillType();
		long session = this.data.openSession(unit, drill);
		DrillbookUser instructor = this.data.instructor(unit);
		String key = java.util.UUID.randomUUID().toString();
		for (int click = 0; click < 2; click++) {
			assertThat(this.mvc.post()
				.uri("/sessions/{s}/recruits/{r}", session, recruit)
				.header("HX-Request", "true")
				.with(user(instructor))
				.with(csrf())
				.param("submissionKey", key)
				.param("attendance", "PRESENT")
				.param("v" + drill, "1")).hasStatusOk()
				.bodyText()
				.contains("id=\"r" + recruit + "\"", "text-bg-success")
				.doesNotContain("<html", "navbar");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
				session))
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/sessions/{s}/log", session).with(user(instructor))).hasStatusOk()
			.bodyText()
			.contains("id=\"r" + recruit + "\"", "checked");
	}

	@Test
	void withoutJavaScriptTheFormPostsAndThePageComesBackAtTheCard() {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long session = this.data.openSession(unit, this.data.drillType());
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/recruits/{r}", session, recruit)
			.with(user(this.data.admin()))
			.with(csrf())
			.param("attendance", "ABSENT")).redirectedUrl().isEqualTo("/sessions/" + session + "/log#r" + recruit);
	}

	@Test
	void badNumbersGetAMessageNotAnError() {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.data.drillType();
		long session = this.data.openSession(unit, drill);
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/recruits/{r}", session, recruit)
			.header("HX-Request", "true")
			.with(user(this.data.admin()))
			.with(csrf())
			.param("attendance", "PRESENT")
			.param("v" + drill, "five")).hasStatusOk().bodyText().contains("Enter numbers only");
	}

}
