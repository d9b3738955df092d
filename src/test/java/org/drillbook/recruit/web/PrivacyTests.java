package org.drillbook.recruit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Subject access (everything held, as JSON and PDF), erasure, and logs free of
 * identities.
 */
@DrillbookIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	RecruitService recruits;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everythingHeldAboutOneRecruitAsJsonAndPdfAndTheExportIsAudited() throws Exception {
		DrillbookUser admin = this.data.admin();
		String callSign = TestData.unique("Сава");
		long id = this.data.recruit(callSign, this.data.unit(null));
		this.recruits.changeStatus(id, RecruitStatus.IN_TRAINING, "medical passed",
				this.recruits.details(id, admin).version(), admin);

		MvcTestResult json = this.mvc.get().uri("/recruits/{id}/export.json", id).with(user(admin)).exchange();
		assertThat(json).hasStatusOk().hasContentType("application/json");
		assertThat(new String(json.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains(
				"\"callSign\" : \"" + callSign + "\"", "\"legalName\" : \"Legal " + callSign + "\"",
				"\"dateOfBirth\" : \"1990-01-02\"", "medical passed", "\"memberships\"", "\"exportedBy\"");

		MvcTestResult pdf = this.mvc.get().uri("/recruits/{id}/export.pdf", id).with(user(admin)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.getResponse().getContentAsByteArray())).getTextFromPage(1);
		assertThat(text).contains(callSign, "Legal " + callSign, "notes of " + callSign);

		assertThat(this.jdbc.queryForList(
				"select summary from audit_event where action = 'RECRUIT_EXPORTED'" + " and entity_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsExactly("format: \"json\"", "format: \"pdf\"");
	}

	@Test
	void erasureWipesThePersonAndKeepsTheTraining() throws Exception {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		String callSign = TestData.unique("Gone");
		long id = this.data.recruit(callSign, unit);
		this.recruits.changeStatus(id, RecruitStatus.IN_TRAINING, "says " + callSign,
				this.recruits.details(id, admin).version(), admin);
		long version = this.recruits.details(id, admin).version();

		assertThat(this.mvc.post()
			.uri("/recruits/{id}/erase", id)
			.with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("confirm", "not the call sign")).hasStatus(HttpStatus.FOUND);
		assertThat(this.recruits.details(id, admin).callSign()).isEqualTo(callSign);

		assertThat(this.mvc.post()
			.uri("/recruits/{id}/erase", id)
			.with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("confirm", callSign)).hasStatus(HttpStatus.FOUND);
		RecruitDetails erased = this.recruits.details(id, admin);
		assertThat(erased.callSign()).isEqualTo("Erased-" + id);
		assertThat(erased.identity()).isEqualTo(IdentityDetails.EMPTY);
		assertThat(erased.statusHistory()).hasSize(2).allSatisfy((c) -> assertThat(c.reason()).isNull());
		assertThat(erased.status()).isEqualTo(RecruitStatus.IN_TRAINING);
		assertThat(erased.currentMembership().unitId()).isEqualTo(unit);
		assertThat(this.jdbc.queryForObject("select legal_name from recruit where id = ?", String.class, id)).isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECRUIT_ERASED'" + " and entity_id = ?",
				Integer.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void logsNeverHoldIdentitiesOrPasswords(CapturedOutput output) throws Exception {
		DrillbookUser admin = this.data.admin();
		String name = "Невядомы Салдат " + TestData.unique("");
		String notes = "private note " + TestData.unique("");
		long id = this.data.recruit(null);
		this.recruits.update(
				id, TestData.unique("Log"), LocalDate.of(2026, 9, 1), new IdentityDetails(name,
						LocalDate.of(1991, 7, 7), "Belarusian", "+48 555 000 111", "sister Ala", notes),
				this.recruits.details(id, admin).version(), admin);
		this.mvc.get().uri("/recruits/{id}", id).with(user(admin)).exchange();
		this.mvc.get().uri("/recruits/{id}/export.json", id).with(user(admin)).exchange();
		DrillbookUser someone = this.data.user(Role.INSTRUCTOR);
		this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", someone.getUsername())
			.param("password", "a wrong secret passphrase")
			.exchange();
		this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", someone.getUsername())
			.param("password", TestData.PASSWORD)
			.exchange();
		assertThat(output.getAll()).doesNotContain(name, notes, "+48 555 000 111", "sister Ala",
				"a wrong secret passphrase", TestData.PASSWORD);
	}

}
