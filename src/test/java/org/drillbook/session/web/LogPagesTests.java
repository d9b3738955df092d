package org.drillbook.session.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.drillbook.TestData;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionService;
import org.drillbook.session.SessionStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	SessionService sessions;

	@Autowired
	RangeLogService rangeLog;

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
			.param("attendance", "ABSENT")
			.param("reason", "SICK")).redirectedUrl().isEqualTo("/sessions/" + session + "/log#r" + recruit);
	}

	@Test
	void aBadValueKeepsEveryEntryOfTheRowAndMarksTheField() throws Exception {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long timed = this.drillTypes.define(DrillTypeDefinition.timed(TestData.unique("Reload "),
				DrillCategory.WEAPON_HANDLING, null, new BigDecimal("6.0"), null, null));
		long hits = this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Group "), DrillCategory.MARKSMANSHIP, null, 10, 8, "rifle"));
		long session = this.data.openSession(unit, timed);
		this.sessions.replan(session, new SessionPlan(unit, java.time.Instant.now(), "Range 1", Set.of(timed, hits),
				this.data.admin().id(), Set.of()), version(session), this.data.admin());
		Document row = saveRow(session, recruit, "attendance", "LATE", "v" + timed, "abc", "v" + hits, "9", "r" + hits,
				"10");
		assertThat(row.selectFirst("#v" + timed + "-" + recruit).attr("value")).isEqualTo("abc");
		assertThat(row.selectFirst("#v" + timed + "-" + recruit).attr("aria-invalid")).isEqualTo("true");
		assertThat(row.selectFirst("#v" + timed + "-" + recruit).attr("aria-describedby"))
			.isEqualTo("v" + timed + "e" + recruit);
		assertThat(row.selectFirst("#v" + timed + "e" + recruit).text()).contains("Enter numbers only");
		assertThat(row.selectFirst("#v" + hits + "-" + recruit).attr("value")).isEqualTo("9");
		assertThat(row.selectFirst("#v" + hits + "-" + recruit).hasAttr("aria-invalid")).isFalse();
		assertThat(row.selectFirst("#r" + hits + "-" + recruit).attr("value")).isEqualTo("10");
		assertThat(row.selectFirst("#a" + recruit + "LATE").hasAttr("checked")).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from attendance where session_id = ?", Integer.class,
				session))
			.isZero();

		Document again = saveRow(session, recruit, "attendance", "PRESENT", "v" + timed, "5,5", "v" + hits, "11");
		assertThat(again.selectFirst("#v" + hits + "-" + recruit).attr("aria-invalid")).isEqualTo("true");
		assertThat(again.selectFirst("#v" + timed + "-" + recruit).attr("value")).isEqualTo("5,5");
	}

	@Test
	void eachDrillShowsItsStandardAndPassFailIsTwoButtons() throws Exception {
		long unit = this.data.unit(null);
		this.data.recruit(unit);
		long timed = this.drillTypes.define(DrillTypeDefinition.timed(TestData.unique("Reload "),
				DrillCategory.WEAPON_HANDLING, null, new BigDecimal("6.0"), null, null));
		long hits = this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Group "), DrillCategory.MARKSMANSHIP, null, 10, 8, "rifle"));
		long points = this.drillTypes
			.define(DrillTypeDefinition.points(TestData.unique("Test "), DrillCategory.FIRST_AID, null, 100, 70));
		long passFail = this.data.drillType();
		long session = this.data.openSession(unit, timed);
		this.sessions.replan(
				session, new SessionPlan(unit, java.time.Instant.now(), "Range 1",
						Set.of(timed, hits, points, passFail), this.data.admin().id(), Set.of()),
				version(session), this.data.admin());
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/sessions/{s}/log", session)
			.with(user(this.data.admin()))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".standard").eachText()).contains("≤ 6 s", "≥ 8 of 10 hits", "≥ 70 of 100 points",
				"pass or fail");
		assertThat(page.select(".pass-fail label").eachText()).containsExactly("Pass", "Fail");
		assertThat(page.select(".value-input").eachAttr("inputmode")).containsOnly("decimal");
		assertThat(page.selectFirst("#loggedCount").text()).isEqualTo("Logged 0 of 1");
	}

	@Test
	void markingEveryonePresentNeverOverwritesAMark() {
		long unit = this.data.unit(null);
		long a = this.data.recruit(unit);
		long b = this.data.recruit(unit);
		long c = this.data.recruit(unit);
		long session = this.data.openSession(unit, this.data.drillType());
		DrillbookUser admin = this.data.admin();
		this.rangeLog.recordCard(session, b,
				new CardEntry(AttendanceStatus.ABSENT, AbsenceReason.DUTY, null, null, null, UUID.randomUUID()), admin);
		this.rangeLog.recordCard(session, c, new CardEntry(AttendanceStatus.LATE, null, null, UUID.randomUUID()),
				admin);
		assertThat(this.mvc.post().uri("/sessions/{s}/present", session).with(user(admin)).with(csrf())).redirectedUrl()
			.isEqualTo("/sessions/" + session + "/log#next");
		assertThat(this.mvc.post().uri("/sessions/{s}/present", session).with(user(admin)).with(csrf())).redirectedUrl()
			.isEqualTo("/sessions/" + session + "/log#next");
		assertThat(this.jdbc.queryForList(
				"select recruit_id, status, reason from attendance where session_id = ?" + " order by recruit_id",
				session))
			.extracting((row) -> row.get("recruit_id") + " " + row.get("status") + " " + row.get("reason"))
			.containsExactly(a + " PRESENT null", b + " ABSENT DUTY", c + " LATE null");
	}

	@Test
	void anAbsenceTakesAReasonThatTheRecordsShow() throws Exception {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long session = this.data.openSession(unit, this.data.drillType());
		DrillbookUser admin = this.data.admin();
		Document refused = saveRow(session, recruit, "attendance", "EXCUSED", "reason", "OTHER");
		assertThat(refused.selectFirst("#note" + recruit).attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.selectFirst("#reason" + recruit + " option[selected]").val()).isEqualTo("OTHER");
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/recruits/{r}", session, recruit)
			.header("HX-Request", "true")
			.with(user(admin))
			.with(csrf())
			.param("attendance", "EXCUSED")
			.param("reason", "OTHER")
			.param("reasonNote", "Embassy appointment")).hasStatusOk();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ATTENDANCE_MARKED' and entity_id = ?", Integer.class,
				String.valueOf(session)))
			.as("the mark is in the audit trail")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/recruits/{r}/training", recruit).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Excused · Embassy appointment");
		assertThat(this.mvc.get().uri("/units/{u}/training", unit).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("id=\"absenceReasons\"", "Excused · other");
	}

	@Test
	void signingOffShowsWhatItSealsAndNeedsSomethingLogged() throws Exception {
		long unit = this.data.unit(null);
		long a = this.data.recruit(unit);
		long b = this.data.recruit(unit);
		this.data.recruit(unit);
		long drill = this.data.drillType();
		long session = this.data.openSession(unit, drill);
		DrillbookUser admin = this.data.admin();
		assertThat(this.mvc.get().uri("/sessions/{s}/sign-off", session).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("id=\"nothingLogged\"")
			.doesNotContain("id=\"confirmSignOff\"");
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/sign-off", session)
			.with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version(session)))).redirectedUrl().isEqualTo("/sessions/" + session);
		assertThat(this.sessions.details(session, admin).status()).isEqualTo(SessionStatus.OPEN);

		this.rangeLog.recordCard(session, a,
				new CardEntry(AttendanceStatus.PRESENT, Map.of(drill, BigDecimal.ONE), null, UUID.randomUUID()), admin);
		this.rangeLog.recordCard(session, b, new CardEntry(AttendanceStatus.PRESENT, null, null, UUID.randomUUID()),
				admin);
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/sessions/{s}/sign-off", session)
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#countPRESENT").text()).isEqualTo("2");
		assertThat(page.selectFirst("#countUnmarked").text()).isEqualTo("1");
		assertThat(page.selectFirst("#countWithoutResults").text()).isEqualTo("1");
		assertThat(page.selectFirst("#countResults").text()).isEqualTo("1");
		assertThat(page.selectFirst("#confirmSignOff")).isNotNull();
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/sign-off", session)
			.with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version(session)))).redirectedUrl().isEqualTo("/sessions/" + session);
		assertThat(this.sessions.details(session, admin).status()).isEqualTo(SessionStatus.SIGNED_OFF);
	}

	@Test
	void cancellingAsksWhy() {
		long unit = this.data.unit(null);
		long session = this.data.openSession(unit, this.data.drillType());
		DrillbookUser admin = this.data.admin();
		assertThat(this.mvc.get().uri("/sessions/{s}/cancel", session).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("id=\"cancelForm\"");
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/cancel", session)
			.with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version(session)))
			.param("reason", " ")).hasStatusOk().bodyText().contains("aria-invalid=\"true\"", "Say why");
		assertThat(this.sessions.details(session, admin).status()).isEqualTo(SessionStatus.OPEN);
		assertThat(this.mvc.post()
			.uri("/sessions/{s}/cancel", session)
			.with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version(session)))
			.param("reason", "Range closed by the police")).redirectedUrl().isEqualTo("/sessions/" + session);
		assertThat(this.mvc.get().uri("/sessions/{s}", session).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Range closed by the police");
	}

	@Test
	void theIconLoadsForEveryone() {
		assertThat(this.mvc.get().uri("/favicon.ico")).hasStatusOk().hasContentType("image/x-icon");
	}

	/** Saves a row as htmx does, as the admin, and reads the row that comes back. */
	private Document saveRow(long session, long recruit, String... fields) throws Exception {
		org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/sessions/{s}/recruits/{r}", session, recruit)
			.header("HX-Request", "true")
			.with(user(this.data.admin()))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return Jsoup.parse(request.exchange().getResponse().getContentAsString());
	}

	private long version(long session) {
		return this.sessions.details(session, this.data.admin()).version();
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
