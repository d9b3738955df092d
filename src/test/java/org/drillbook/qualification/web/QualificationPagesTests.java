package org.drillbook.qualification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.QualificationService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Qualification and readiness pages through the web layer, in English and Polish. */
@DrillbookIntegrationTest
class QualificationPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	QualificationService qualifications;

	@Autowired
	org.drillbook.qualification.UnitRequirementService unitRequirements;

	@Autowired
	RecruitService recruits;

	@Autowired
	JdbcTemplate jdbc;

	private DrillbookUser admin;

	private long drill;

	@BeforeEach
	void fixtures() {
		this.admin = this.data.admin();
		this.drill = this.data.drillType();
	}

	@Test
	void anEmptyFormComesBackWithItsErrors() {
		assertThat(this.mvc.post().uri("/qualifications").with(user(this.admin)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("qualificationForm")
			.contains("Choose at least one drill type.");
	}

	@Test
	void anAdminDefinesAndChangesAQualificationThroughTheForms() {
		String name = TestData.unique("Rifle ");
		var created = this.mvc.post()
			.uri("/qualifications")
			.with(user(this.admin))
			.with(csrf())
			.param("name", name)
			.param("version", "0")
			.param("requirements[0].drillTypeId", String.valueOf(this.drill))
			.param("requirements[0].rule", "PASSES")
			.param("requirements[0].minPasses", "2")
			.param("requirements[0].windowDays", "180")
			.param("requirements[1].drillTypeId", "")
			.param("requirements[1].rule", "PASSES")
			.param("requirements[1].minPasses", "1")
			.param("requirements[1].windowDays", "365")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(location).with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("at least 2 passes within 180 days");

		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.mvc.post()
			.uri("/qualifications/" + id)
			.with(user(this.admin))
			.with(csrf())
			.param("name", name)
			.param("version", "0")
			.param("reason", "yearly from now on")
			.param("requirements[0].drillTypeId", String.valueOf(this.drill))
			.param("requirements[0].rule", "LAST_ATTEMPT")
			.param("requirements[0].minPasses", "1")
			.param("requirements[0].windowDays", "365")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/qualifications/" + id + "?lang=pl").with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains("Wersja 2")
			.contains("yearly from now on")
			.contains("ostatnia próba zaliczona, w ciągu 365 dni")
			.contains("co najmniej 2 zaliczeń w ciągu 180 dni");
	}

	@Test
	void theSameDrillTwiceIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/qualifications")
			.with(user(this.admin))
			.with(csrf())
			.param("name", TestData.unique("Twice "))
			.param("requirements[0].drillTypeId", String.valueOf(this.drill))
			.param("requirements[0].rule", "PASSES")
			.param("requirements[0].minPasses", "1")
			.param("requirements[0].windowDays", "30")
			.param("requirements[1].drillTypeId", String.valueOf(this.drill))
			.param("requirements[1].rule", "PASSES")
			.param("requirements[1].minPasses", "2")
			.param("requirements[1].windowDays", "30")).hasStatusOk()
			.bodyText()
			.contains("Each drill type can appear only once.");
	}

	@Test
	void readinessAlertsAndTheRecruitsStandingsShowWhoLapsesSoon() {
		long q = this.data.qualification(this.drill);
		long unit = this.data.unit(null);
		long soon = this.data.recruit(unit);
		long never = this.data.recruit(unit);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		this.data.signedOffSession(unit, today.minusDays(350), this.drill,
				Map.of(soon, BigDecimal.ONE, never, BigDecimal.ZERO));
		String soonCallSign = this.recruits.details(soon, this.admin).callSign();
		DrillbookUser instructor = this.data.instructor(unit);

		assertThat(this.mvc.get().uri("/readiness/units/" + unit).with(user(instructor))).hasStatusOk()
			.bodyText()
			.contains("id=\"q" + q + "\"")
			.contains("50 %")
			.contains(soonCallSign)
			.contains("0 of 1 passes within 365 days");
		assertThat(this.mvc.get().uri("/readiness/expiring").header("HX-Request", "true").with(user(instructor)))
			.hasStatusOk()
			.bodyText()
			.contains("expiringCard")
			.contains(soonCallSign)
			.doesNotContain("<html");
		assertThat(this.mvc.get().uri("/readiness/expiring.csv").with(user(instructor))).hasStatusOk()
			.bodyText()
			.contains(soonCallSign + ",")
			.contains(today.minusDays(350).plusDays(365).toString());
		assertThat(this.mvc.get()
			.uri("/recruits/" + soon + "/qualifications")
			.header("HX-Request", "true")
			.with(user(instructor))).hasStatusOk().bodyText().contains("Expiring").contains("15 days left");
		assertThat(this.mvc.get().uri("/readiness").with(user(instructor))).hasStatusOk()
			.bodyText()
			.contains("50 %")
			.contains("/readiness/units/" + unit + "\"");

	}

	@Test
	void theStatusFormRefusesQualifiedWithoutRequiredQualificationsAndKeepsAnOverride() {
		long q = this.data.qualification(this.drill);
		long unit = this.data.unit(null);
		this.unitRequirements.requireOfUnit(unit, java.util.List.of(q), this.admin);
		assertThat(this.mvc.get().uri("/qualifications/" + q).with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains("/readiness/units/" + unit + "\"");
		long recruit = this.data.recruit(unit);
		this.recruits.changeStatus(recruit, RecruitStatus.IN_TRAINING, "intake done", version(recruit), this.admin);

		var refused = this.mvc.post()
			.uri("/recruits/" + recruit + "/status")
			.with(user(this.admin))
			.with(csrf())
			.param("status", "QUALIFIED")
			.param("reason", "passed the final check")
			.param("version", String.valueOf(version(recruit)))
			.exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("The unit requires qualifications");
		assertThat(this.recruits.details(recruit, this.admin).status()).isEqualTo(RecruitStatus.IN_TRAINING);

		assertThat(this.mvc.post()
			.uri("/recruits/" + recruit + "/status")
			.with(user(this.admin))
			.with(csrf())
			.param("status", "QUALIFIED")
			.param("override", "true")
			.param("reason", "qualified abroad, papers seen")
			.param("version", String.valueOf(version(recruit)))).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/recruits/" + recruit).with(user(this.admin))).bodyText()
			.contains("Override by an admin; missing then:");
	}

	@Test
	void anInstructorCorrectsAMistypedAttemptOfAnOpenSession() {
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long session = this.data.openSession(unit, this.drill);
		this.data.attempt(session, recruit, this.drill, BigDecimal.ONE);
		long result = this.jdbc.queryForObject("select id from drill_result where session_id = ?", Long.class, session);
		DrillbookUser instructor = this.data.instructor(unit);

		assertThat(this.mvc.get().uri("/sessions/" + session + "/results/" + result + "/edit").with(user(instructor)))
			.hasStatusOk()
			.bodyText()
			.contains("correctForm");
		assertThat(this.mvc.post()
			.uri("/sessions/" + session + "/results/" + result)
			.with(user(instructor))
			.with(csrf())
			.param("value", "0")
			.param("reason", "")
			.param("version", "0")).hasStatusOk().bodyText().contains("Say why the attempt is corrected.");
		assertThat(this.mvc.post()
			.uri("/sessions/" + session + "/results/" + result)
			.with(user(instructor))
			.with(csrf())
			.param("value", "0")
			.param("reason", "wrong card")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select passed from drill_result where id = ?", Boolean.class, result))
			.isFalse();
		assertThat(this.mvc.post()
			.uri("/sessions/" + session + "/results/" + result)
			.with(user(instructor))
			.with(csrf())
			.param("value", "1")
			.param("reason", "stale form")
			.param("version", "0")).hasStatusOk().bodyText().contains("correctProblem");
	}

	private long version(long recruit) {
		return this.recruits.details(recruit, this.admin).version();
	}

}
