package org.drillbook.recruit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Recruit, unit and roster pages through the whole stack, by role. */
@DrillbookIntegrationTest
class RecruitPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	UnitService units;

	@Test
	void adminSeesIdentityAndInstructorsNever() {
		long squad = this.data.unit(null);
		String callSign = TestData.unique("Kruk");
		long id = this.data.recruit(callSign, squad);
		DrillbookUser admin = this.data.admin();
		DrillbookUser instructor = this.data.instructor(squad);
		assertThat(this.mvc.get().uri("/recruits/{id}", id).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("id=\"identity\"", "Legal " + callSign, "notes of " + callSign);
		assertThat(this.mvc.get().uri("/recruits/{id}", id).with(user(instructor))).hasStatusOk()
			.bodyText()
			.contains(callSign)
			.doesNotContain("id=\"identity\"", "Legal " + callSign, "notes of " + callSign, "+380",
					"id=\"transferForm\"", "id=\"statusForm\"");
		assertThat(this.mvc.get().uri("/units/{id}/roster", squad).with(user(instructor))).hasStatusOk()
			.bodyText()
			.contains(callSign)
			.doesNotContain("Legal " + callSign);
	}

	@Test
	void aRefusedTransferSaysWhyOnThePage() {
		long squad = this.data.unit(null);
		long id = this.data.recruit(squad);
		DrillbookUser admin = this.data.admin();
		var refused = this.mvc.post()
			.uri("/recruits/{id}/transfer", id)
			.with(user(admin))
			.with(csrf())
			.param("unitId", String.valueOf(squad))
			.param("position", "MEMBER")
			.param("day", "2026-11-01")
			.param("version", "0")
			.exchange();
		assertThat(refused).hasStatus3xxRedirection();
		assertThat(this.mvc.get()
			.uri("/recruits/{id}", id)
			.with(user(admin))
			.flashAttrs(refused.getMvcResult().getFlashMap())).bodyText()
			.contains("The recruit already holds this position in this unit.");
	}

	@Test
	void instructorsGet403NotJustAHiddenLink() {
		long mine = this.data.unit(null);
		long other = this.data.unit(null);
		long theirs = this.data.recruit(other);
		long own = this.data.recruit(mine);
		DrillbookUser instructor = this.data.instructor(mine);
		assertThat(this.mvc.get().uri("/recruits/{id}", theirs).with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/units/{id}/roster", other).with(user(instructor)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/units/{id}/roster.pdf", other).with(user(instructor)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/recruits/{id}/edit", own).with(user(instructor)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/recruits/{id}/status", own)
			.with(user(instructor))
			.with(csrf())
			.param("status", "IN_TRAINING")
			.param("version", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/units")
			.with(user(instructor))
			.with(csrf())
			.param("code", TestData.unique("Z"))
			.param("name", "Sneaky")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/instructors").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/recruits/import").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void validationErrorsAreInTheUsersLanguageAndKeepTheInput() {
		DrillbookUser admin = this.data.admin();
		assertThat(this.mvc.post()
			.uri("/recruits?lang=pl")
			.with(user(admin))
			.with(csrf())
			.param("callSign", "")
			.param("intakeDate", "2026-09-01")
			.param("legalName", "Jan Kowalski")
			.param("phone", "call me")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("To pole jest wymagane.", "Używaj tylko cyfr", "value=\"Jan Kowalski\"");
	}

	@Test
	void theSecondEditorSeesTheCurrentValuesNotASilentOverwrite() {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		long version = this.units.details(unit, admin).version();
		assertThat(this.mvc.post()
			.uri("/units/{id}", unit)
			.with(user(admin))
			.with(csrf())
			.param("code", "ignored")
			.param("name", "Saved first")
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/units/{id}", unit)
			.with(user(admin))
			.with(csrf())
			.param("code", "ignored")
			.param("name", "Saved second")
			.param("version", String.valueOf(version))).hasStatusOk()
			.bodyText()
			.contains("id=\"conflictAlert\"", "value=\"Saved first\"");
		assertThat(this.units.details(unit, admin).name()).isEqualTo("Saved first");
	}

	@Test
	void movingAUnitUnderItsDescendantShowsAClearMessage() {
		DrillbookUser admin = this.data.admin();
		long company = this.data.unit(null);
		long squad = this.data.unit(this.data.unit(company));
		assertThat(this.mvc.post()
			.uri("/units/{id}", company)
			.with(user(admin))
			.with(csrf())
			.param("name", "Company")
			.param("parentId", String.valueOf(squad))
			.param("version", String.valueOf(this.units.details(company, admin).version()))).hasStatusOk()
			.bodyText()
			.contains("cannot be moved under one of its own sub-units");
	}

	@Test
	void rosterExportsInTheUsersLanguage() throws Exception {
		long squad = this.data.unit(null);
		String callSign = TestData.unique("Ваўк");
		this.data.recruit(callSign, squad);
		DrillbookUser admin = this.data.admin();
		MvcTestResult csv = this.mvc.get().uri("/units/{id}/roster.csv?lang=be", squad).with(user(admin)).exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv");
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeffПазыўны,").contains(callSign, "Стралок", "Кандыдат");

		MvcTestResult pdf = this.mvc.get().uri("/units/{id}/roster.pdf?lang=uk", squad).with(user(admin)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
		String page = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(page).contains(callSign, "Особовий склад", "Позивний", this.data.today().getYear() + "");
	}

	@Test
	void formsHaveOneElementPerId() throws Exception {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		for (String page : new String[] { "/recruits/new", "/recruits/" + recruit + "/edit", "/recruits/" + recruit,
				"/units/new", "/units/" + unit + "/edit", "/instructors/new", "/recruits/import", "/recruits",
				"/units/" + unit + "/roster" }) {
			String html = this.mvc.get().uri(page).with(user(admin)).exchange().getResponse().getContentAsString();
			java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
			java.util.Set<String> seen = new java.util.HashSet<>();
			while (ids.find()) {
				assertThat(seen.add(ids.group(1))).as(page + " repeats id " + ids.group(1)).isTrue();
			}
		}
	}

	@Test
	void htmxGetsTheTableFragmentOnly() {
		assertThat(this.mvc.get().uri("/recruits?q=x").header("HX-Request", "true").with(user(this.data.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"recruitTable\"")
			.doesNotContain("<html", "navbar");
	}

	@Test
	void importThroughTheBrowserForms() {
		DrillbookUser admin = this.data.admin();
		String code = this.units.details(this.data.unit(null), admin).code();
		String tag = TestData.unique("W");
		String csv = "call_sign,legal_name,date_of_birth,nationality,phone,unit_code,intake_date\n" + tag
				+ "Бусел,Янка Купала,1990-07-07,Belarusian,," + code + ",2026-09-01\n";
		assertThat(this.mvc.perform(multipart("/recruits/import")
			.file(new MockMultipartFile("file", "recruits.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(admin))
			.with(csrf()))).hasStatusOk().bodyText().contains("id=\"commitForm\"", tag + "Бусел", "Янка Купала");
		assertThat(this.mvc.post().uri("/recruits/import/commit").param("csv", csv).with(user(admin)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/recruits?q=" + tag).with(user(admin))).bodyText().contains(tag + "Бусел");
	}

	@Test
	void aBrokenUploadGetsAnExplanationNotA500() {
		assertThat(this.mvc.perform(multipart("/recruits/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] { (byte) 0xff, (byte) 0xfe, 0x41 }))
			.with(user(this.data.admin()))
			.with(csrf()))).hasStatusOk().bodyText().contains("not UTF-8").doesNotContain("id=\"commitForm\"");
	}

}
