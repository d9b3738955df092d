package org.drillbook.system;

import java.time.LocalDate;
import java.util.List;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.QualificationDefinition;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.QualificationService;
import org.drillbook.qualification.Requirement;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.recruit.NewRecruit;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Markup typed into any free-text field comes back escaped on every page that shows it.
 */
@DrillbookIntegrationTest
class EscapingTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UnitService units;

	@Autowired
	RecruitService recruits;

	@Autowired
	TestData data;

	@Autowired
	QualificationService qualifications;

	@Test
	void storedMarkupIsEscapedEverywhere() throws Exception {
		DrillbookUser admin = this.data.admin();
		// a code that sorts first, so that the unit is on the list's first page however
		// many units other tests made
		long unit = this.units.create(TestData.unique("0"), "Squad " + SCRIPT, (Long) null, admin);
		long recruit = this.recruits.enlist(new NewRecruit(TestData.unique("Esc"), LocalDate.of(2026, 9, 1), unit,
				Position.MEMBER, new IdentityDetails("Name " + SCRIPT, LocalDate.of(1990, 1, 1), "Nation " + SCRIPT,
						"+48 1", "Contact " + SCRIPT, "Notes " + SCRIPT)),
				admin);
		this.recruits.changeStatus(recruit, RecruitStatus.IN_TRAINING, "Reason " + SCRIPT,
				this.recruits.details(recruit, admin).version(), admin);

		for (String page : List.of("/units?size=2000", "/units/" + unit, "/units/" + unit + "/edit",
				"/units/" + unit + "/roster", "/recruits/" + recruit, "/recruits/" + recruit + "/edit",
				"/recruits?unit=" + unit, "/audit?entityType=Unit&entityId=" + unit)) {
			String html = this.mvc.get().uri(page).with(user(admin)).exchange().getResponse().getContentAsString();
			assertThat(html).as(page).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		}
		long qualification = this.qualifications.define(
				new QualificationDefinition("Qualification " + SCRIPT + TestData.unique(""), "Description " + SCRIPT,
						List.of(new Requirement(this.data.drillType(), QualificationRule.PASSES, 1, 30))),
				admin);
		for (String page : List.of("/qualifications?size=500", "/qualifications/" + qualification,
				"/qualifications/" + qualification + "/edit", "/readiness/units/" + unit,
				"/readiness/units/" + unit + "/qualifications/" + qualification + "?list=ALL",
				"/recruits/" + recruit + "/qualifications")) {
			String html = this.mvc.get().uri(page).with(user(admin)).exchange().getResponse().getContentAsString();
			assertThat(html).as(page).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		}
	}

}
