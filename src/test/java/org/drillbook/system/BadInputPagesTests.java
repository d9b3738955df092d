package org.drillbook.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The faults that outside testing found on the pages, each answered now with a clear
 * message in the user's language and nothing lost. (Every parameter of every endpoint
 * also gets nonsense in {@link BadInputTests}.)
 */
@DrillbookIntegrationTest
class BadInputPagesTests {

	private static final String HEADER = "call_sign,legal_name,date_of_birth,nationality,phone,unit_code,intake_date\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	RecruitService recruits;

	@Autowired
	UnitService units;

	@Test
	void anUnknownStatusIsRefusedOnThePageNotWithAServerError() {
		DrillbookUser admin = this.data.admin();
		long recruit = this.data.recruit(this.data.unit(null));
		assertThat(this.mvc.post()
			.uri("/recruits/{id}/status?lang=pl", recruit)
			.with(user(admin))
			.with(csrf())
			.param("status", "EMPEROR")
			.param("reason", "promoted")
			.param("version", String.valueOf(version(recruit, admin)))).hasStatusOk()
			.bodyText()
			.contains("Wybierz jedną z podanych wartości", "value=\"promoted\"");
		assertThat(this.recruits.details(recruit, admin).status()).isEqualTo(RecruitStatus.APPLICANT);
	}

	@Test
	void aStatusChangeNeedsAReason() {
		DrillbookUser admin = this.data.admin();
		long recruit = this.data.recruit(this.data.unit(null));
		assertThat(this.mvc.post()
			.uri("/recruits/{id}/status?lang=en", recruit)
			.with(user(admin))
			.with(csrf())
			.param("status", "IN_TRAINING")
			.param("reason", "  ")
			.param("version", String.valueOf(version(recruit, admin)))).hasStatusOk()
			.bodyText()
			.contains("This field is required", "aria-invalid", "formErrors");
		assertThat(this.recruits.details(recruit, admin).status()).isEqualTo(RecruitStatus.APPLICANT);
	}

	@Test
	void aPositionThatIsNotOfferedIsSaidAndTheFormKeepsWhatWasTyped() {
		DrillbookUser admin = this.data.admin();
		String callSign = TestData.unique("Gen");
		assertThat(this.mvc.post()
			.uri("/recruits?lang=uk")
			.with(user(admin))
			.with(csrf())
			.param("callSign", callSign)
			.param("intakeDate", this.data.today().toString())
			.param("position", "GENERAL")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Виберіть одне із запропонованих значень", "value=\"" + callSign + "\"", "is-invalid");
	}

	@Test
	void datesOutsideThePlausibleRangeAreRefusedOnTheFormAndInTheImport() throws Exception {
		DrillbookUser admin = this.data.admin();
		assertThat(this.mvc.post()
			.uri("/recruits?lang=en")
			.with(user(admin))
			.with(csrf())
			.param("callSign", TestData.unique("Old"))
			.param("intakeDate", "9999-12-31")
			.param("dateOfBirth", "0001-01-01")
			.param("version", "0")).hasStatusOk().bodyText().contains("Enter a date from").doesNotContain("{earliest}");
		String code = this.units.details(this.data.unit(null), admin).code();
		String csv = HEADER + TestData.unique("Fut") + ",A Name,1990-01-01,,," + code + ",9999-12-31\n";
		assertThat(upload(csv, admin)).contains("outside the plausible range", "9999-12-31")
			.doesNotContain("commitForm");
	}

	@Test
	void importRefusalsNameTheirNumbersNotJavaObjects() throws Exception {
		DrillbookUser admin = this.data.admin();
		StringBuilder huge = new StringBuilder(HEADER);
		for (int i = 0; i < 2_500; i++) {
			huge.append("R").append(i).append(",N,,,,X,2026-09-01\n");
		}
		assertThat(upload(huge.toString(), admin)).contains("more than 2,000 rows").doesNotContain("[Ljava");
		assertThat(upload("name,age\nZubr,30\n", admin)).contains("call_sign").doesNotContain("[Ljava");
		assertThat(upload("", admin)).doesNotContain("[Ljava", "??");
	}

	@Test
	void aPlatoonsRosterIncludesItsSquadsUnlessAskedNotTo() {
		DrillbookUser admin = this.data.admin();
		long platoon = this.data.unit(null);
		long squad = this.data.unit(platoon);
		String callSign = TestData.unique("Sq");
		this.data.recruit(callSign, squad);
		assertThat(this.mvc.get().uri("/units/{id}/roster", platoon).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(callSign, "subunits=true");
		assertThat(this.mvc.get().uri("/units/{id}/roster?subunits=false", platoon).with(user(admin))).bodyText()
			.doesNotContain(callSign);
		assertThat(this.mvc.get().uri("/units/{id}/roster.csv", platoon).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(callSign);
	}

	@Test
	void theBreadcrumbIsNamedInTheReadersLanguage() {
		DrillbookUser admin = this.data.admin();
		long recruit = this.data.recruit(this.data.unit(null));
		assertThat(this.mvc.get().uri("/recruits/{id}?lang=uk", recruit).with(user(admin))).bodyText()
			.contains("aria-label=\"Ви тут\"")
			.doesNotContain("aria-label=\"breadcrumb\"");
	}

	@Test
	void aLimitOfTheDrillFormNamesItsNumber() {
		assertThat(this.mvc.post()
			.uri("/drills?lang=en")
			.with(user(this.data.admin()))
			.with(csrf())
			.param("name", TestData.unique("Drill"))
			.param("category", "MARKSMANSHIP")
			.param("standard", "HITS")
			.param("minHits", "-3")
			.param("roundsPerAttempt", "0")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Must be at least 1.", "Must be at least 0.")
			.doesNotContain("{2}", "{1}");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() {
		assertThat(this.mvc.get().uri("/error")).hasStatus(404);
		assertThat(this.mvc.get().uri("/error").with(user(this.data.admin()))).hasStatus(404);
	}

	private String upload(String csv, DrillbookUser admin) throws Exception {
		return this.mvc
			.perform(multipart("/recruits/import?lang=en")
				.file(new MockMultipartFile("file", "recruits.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(admin))
				.with(csrf()))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long version(long recruit, DrillbookUser admin) {
		return this.recruits.details(recruit, admin).version();
	}

}
