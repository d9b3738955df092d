package org.drillbook.armory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The qualification gate on issuing weapons: a kind of weapon requires qualifications, a
 * recruit without them is refused with what is missing named, an armorer or admin
 * overrides with a reason that is kept and audited, instructors are not gated. Machine
 * guns here, so that the other tests' rifles stay ungated.
 */
@DrillbookIntegrationTest
class QualificationGateTests {

	@Autowired
	TestData data;

	@Autowired
	WeaponIssueService issues;

	@Autowired
	ArmoryService armory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	long unit;

	long drill;

	long qualification;

	String qualificationName;

	DrillbookUser admin;

	DrillbookUser armorer;

	@BeforeEach
	void machineGunsNeedAQualification() {
		this.unit = this.data.unit(null);
		this.drill = this.data.drillType();
		this.qualification = this.data.qualification(this.drill);
		this.qualificationName = this.jdbc.queryForObject("select name from qualification where id = ?", String.class,
				this.qualification);
		this.admin = this.data.admin();
		this.armorer = this.data.armorer();
		this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(this.qualification), this.admin);
	}

	@AfterEach
	void ungated() {
		this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(), this.admin);
	}

	@Test
	void aRecruitWithoutTheQualificationIsRefusedWithWhatIsMissingNamed() {
		long recruit = this.data.recruit(this.unit);
		long weapon = machineGun();
		assertThatThrownBy(() -> this.issues.issue(weapon, Holder.recruit(recruit), null, this.armorer))
			.isInstanceOfSatisfying(QualificationsLackingException.class,
					(refusal) -> assertThat(refusal.getArguments()).containsExactly(this.qualificationName));
		assertThat(this.issues.requiredFor(WeaponKind.MACHINE_GUN, this.armorer))
			.containsExactly(this.qualificationName);
		assertThat(this.armory.details(weapon, this.armorer).current()).isNull();
		assertThat(this.armory.details(weapon, this.armorer).weapon().status()).isEqualTo(WeaponStatus.IN_ARMORY);
		// a rifle asks nothing
		this.issues.issue(this.data.weapon(), Holder.recruit(recruit), null, this.armorer);
	}

	@Test
	void anArmorerOverridesWithAReasonThatIsKeptAndAudited() {
		long recruit = this.data.recruit(this.unit);
		long weapon = machineGun();
		this.issues.issue(weapon, Holder.recruit(recruit), null, "  night exercise, qualified at the last unit  ",
				this.armorer);
		IssueRow issued = this.armory.details(weapon, this.armorer).current();
		assertThat(issued.overrideReason()).isEqualTo("night exercise, qualified at the last unit");
		assertThat(issued.overriddenBy()).isEqualTo(this.armorer.getUsername());
		assertThat(issued.missingQualifications()).isEqualTo(this.qualificationName);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'WEAPON_ISSUED_BY_OVERRIDE'"
						+ " and entity_id = ? and details like ?",
				Integer.class, String.valueOf(weapon), "%night exercise%"))
			.isEqualTo(1);
		assertThatThrownBy(
				() -> this.issues.issue(machineGun(), Holder.recruit(recruit), null, "x".repeat(501), this.armorer))
			.hasMessage("armory.error.overrideTooLong");
	}

	@Test
	void aQualifiedRecruitNeedsNoOverrideAndAnInstructorIsNotGated() {
		long recruit = this.data.recruit(this.unit);
		this.data.signedOffSession(this.unit, this.data.today().minusDays(3), this.drill,
				Map.of(recruit, BigDecimal.ONE));
		long weapon = machineGun();
		this.issues.issue(weapon, Holder.recruit(recruit), null, this.armorer);
		assertThat(this.armory.details(weapon, this.armorer).current().overrideReason()).isNull();

		DrillbookUser instructor = this.data.instructor(this.unit);
		long another = machineGun();
		this.issues.issue(another, Holder.account(instructor.id()), null, this.armorer);
		assertThat(this.armory.details(another, this.armorer).current()).isNotNull();
	}

	@Test
	void onlyAnAdminSetsWhatAKindRequiresAndOnlyFromActiveQualifications() {
		assertThatThrownBy(() -> this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(), this.armorer))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(987654321L), this.admin))
			.hasMessage("armory.error.unknownQualification");
		assertThat(this.issues.kindRequirements(this.armorer).get(WeaponKind.MACHINE_GUN))
			.containsExactly(this.qualification);
	}

	@Test
	void theWeaponPageKeepsWhatWasTypedAndOffersTheOverride() throws Exception {
		String callSign = TestData.unique("Gate");
		this.data.recruit(callSign, this.unit);
		long weapon = machineGun();
		MockHttpServletResponse refused = this.mvc.post()
			.uri("/armory/" + weapon + "/issue")
			.param("holder", callSign)
			.header("Accept-Language", "pl")
			.with(user(this.armorer))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		String page = refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"issueProblem\"")
			.contains(this.qualificationName)
			.contains("Rekrut nie ma tego")
			.contains("value=\"" + callSign + "\"")
			.contains("id=\"override\"")
			.contains("aria-invalid=\"true\"");

		MockHttpServletResponse overridden = this.mvc.post()
			.uri("/armory/" + weapon + "/issue")
			.param("holder", callSign)
			.param("override", "transferred qualified")
			.with(user(this.armorer))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(overridden.getStatus()).isEqualTo(302);
		String shown = this.mvc.get()
			.uri("/armory/" + weapon)
			.with(user(this.armorer))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(shown).contains("id=\"currentOverride\"").contains("transferred qualified");
	}

	private long machineGun() {
		return this.armory.register(
				new WeaponDefinition(WeaponKind.MACHINE_GUN, "PKM", TestData.unique("MG"), "7.62x54R", null, null),
				DrillbookUser.SYSTEM);
	}

}
