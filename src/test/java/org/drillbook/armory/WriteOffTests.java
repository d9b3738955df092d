package org.drillbook.armory;

import java.time.LocalDate;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
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
 * Lost and decommissioned weapons: each an action with a day and a reason, audited; a
 * lost weapon shows its last holder and can be found again; only an admin decommissions,
 * never a weapon that is out; both show in the inventory report.
 */
@DrillbookIntegrationTest
class WriteOffTests {

	@Autowired
	TestData data;

	@Autowired
	ArmoryService armory;

	@Autowired
	WeaponIssueService issues;

	@Autowired
	InventoryService inventory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aWeaponLostWhileOutKeepsItsLastHolderAndIsFoundAgain() {
		DrillbookUser armorer = this.data.armorer();
		String callSign = TestData.unique("Lost");
		long recruit = this.data.recruit(callSign, this.data.unit(null));
		long weapon = this.data.weapon();
		this.issues.issue(weapon, Holder.recruit(recruit), null, armorer);
		LocalDate yesterday = this.data.today().minusDays(1);
		this.armory.reportLost(weapon, yesterday, " dropped in the river ", version(weapon), armorer);

		WeaponDetails lost = this.armory.details(weapon, armorer);
		assertThat(lost.weapon().status()).isEqualTo(WeaponStatus.LOST);
		assertThat(lost.current()).as("no longer out").isNull();
		assertThat(lost.writeOff().on()).isEqualTo(yesterday);
		assertThat(lost.writeOff().reason()).isEqualTo("dropped in the river");
		assertThat(lost.writeOff().lastHolder()).isEqualTo(callSign);
		assertThat(this.issues.overdue(armorer)).noneMatch((i) -> i.weaponId() == weapon);
		assertThat(this.inventory.inventoryReport(false, armorer)).filteredOn((line) -> line.weapon().id() == weapon)
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.weapon().status()).isEqualTo(WeaponStatus.LOST);
				assertThat(line.holder()).as("the last holder").isEqualTo(callSign);
			});
		assertThat(this.inventory.inventoryReport(true, armorer)).as("a lost weapon is not out")
			.noneMatch((line) -> line.weapon().id() == weapon);
		assertThat(audited("WEAPON_LOST", weapon)).isEqualTo(1);
		assertThatThrownBy(() -> this.issues.issue(weapon, Holder.recruit(recruit), null, armorer))
			.hasMessage("armory.error.notInArmory");

		this.armory.found(weapon, version(weapon), armorer);
		assertThat(this.armory.details(weapon, armorer).weapon().status()).isEqualTo(WeaponStatus.IN_MAINTENANCE);
		assertThat(this.armory.details(weapon, armorer).writeOff()).isNull();
		assertThat(audited("WEAPON_FOUND", weapon)).isEqualTo(1);
	}

	@Test
	void onlyAnAdminDecommissionsAndNeverAWeaponThatIsOut() {
		DrillbookUser armorer = this.data.armorer();
		DrillbookUser admin = this.data.admin();
		long weapon = this.data.weapon();
		LocalDate today = this.data.today();
		assertThatThrownBy(() -> this.armory.decommission(weapon, today, "worn out", version(weapon), armorer))
			.isInstanceOf(AccessDeniedException.class);
		this.issues.issue(weapon, Holder.account(armorer.id()), null, armorer);
		assertThatThrownBy(() -> this.armory.decommission(weapon, today, "worn out", version(weapon), admin))
			.hasMessage("armory.error.stillOut");
		this.issues.takeBack(weapon, ReturnCondition.GOOD, null, armorer);
		assertThatThrownBy(() -> this.armory.decommission(weapon, today, "  ", version(weapon), admin))
			.hasMessage("armory.error.writeOffReason");
		assertThatThrownBy(
				() -> this.armory.decommission(weapon, today.plusDays(1), "worn out", version(weapon), admin))
			.hasMessage("armory.error.writeOffDate");
		this.armory.decommission(weapon, today, "worn out", version(weapon), admin);
		assertThat(this.armory.details(weapon, admin).weapon().status()).isEqualTo(WeaponStatus.DECOMMISSIONED);
		assertThat(audited("WEAPON_DECOMMISSIONED", weapon)).isEqualTo(1);
		assertThatThrownBy(() -> this.armory.reportLost(weapon, today, "gone", version(weapon), admin))
			.hasMessage("armory.error.writtenOff");
	}

	@Test
	void theConfirmationPageSaysWhatItDoesAndARefusalKeepsWhatWasTyped() throws Exception {
		DrillbookUser admin = this.data.admin();
		long weapon = this.data.weapon();
		String page = this.mvc.get()
			.uri("/armory/" + weapon + "/decommission")
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"decommissionSummary\"").contains("id=\"confirmDecommission\"");
		MockHttpServletResponse refused = this.mvc.post()
			.uri("/armory/" + weapon + "/lost")
			.param("version", String.valueOf(version(weapon)))
			.param("on", this.data.today().plusDays(3).toString())
			.param("reason", "left at the range")
			.header("Accept-Language", "uk")
			.with(user(admin))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("id=\"lostProblem\"")
			.contains("left at the range")
			.contains("Вкажіть день події");
	}

	private long version(long weapon) {
		return this.jdbc.queryForObject("select version from weapon where id = ?", Long.class, weapon);
	}

	private int audited(String action, long weapon) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?",
				Integer.class, action, String.valueOf(weapon));
	}

}
