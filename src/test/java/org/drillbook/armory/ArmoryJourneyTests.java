package org.drillbook.armory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, an armorer issues weapons for a session by typed serial to three attendees,
 * is refused one (the machine gun needs a qualification the recruit lacks), overrides it
 * with a reason, takes two back, draws the session's rounds and counts back what is left
 * so that the account balances; the third weapon is flagged overdue once the session has
 * ended.
 */
class ArmoryJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	ArmoryService armory;

	@Autowired
	WeaponIssueService issues;

	@Autowired
	AmmunitionService ammo;

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	RangeLogService rangeLog;

	@Test
	void issueByTypedSerialOverrideTheGateReturnTwoSeeTheThirdOverdueAndReconcileTheRounds() {
		long squad = this.data.unit(null);
		List<Long> recruits = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			recruits.add(this.data.recruit(TestData.unique("Arm"), squad));
		}
		DrillbookUser admin = this.data.admin();
		long qualification = this.data.qualification(this.data.drillType());
		this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(qualification), admin);
		long machineGun = this.armory.register(
				new WeaponDefinition(WeaponKind.MACHINE_GUN, "PKM", TestData.unique("MG-"), "7.62x54R", null, null),
				DrillbookUser.SYSTEM);
		List<Long> weapons = List.of(this.data.weapon(), this.data.weapon(), machineGun);
		List<String> serials = weapons.stream().map((w) -> this.armory.details(w, admin).weapon().serial()).toList();
		long drill = this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Group "), DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"));
		long session = this.sessions.plan(
				new SessionPlan(squad, Instant.now().plusSeconds(300), "Range 4", Set.of(drill), admin.id(), Set.of()),
				admin);
		// a busy day: more sessions start before this one than the armory's card shows at
		// once
		long elsewhere = this.data.unit(null);
		for (int i = 0; i < SessionService.SOON_LIMIT; i++) {
			this.sessions.plan(new SessionPlan(elsewhere, Instant.now().plusSeconds(60 + i), "Range 5", Set.of(drill),
					admin.id(), Set.of()), admin);
		}
		String caliber = TestData.unique("j").toLowerCase();
		this.ammo.receive(new AmmoReceipt(caliber, "J-1", "Tula", LocalDate.of(2020, 5, 1), 200, null), admin);
		DrillbookUser armorer = this.data.armorer();

		signIn(armorer.getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : List.of("pl", "uk", "be", "en")) {
				browser.get(url("/armory?soonPage=1&lang=" + lang));
				fitsAPhone(lang, "#soonEarlier", "#soonMore .btn");
			}
			browser.get(url("/armory"));
			assertThat(browser.findElements(By.id("soonEarlier"))).as("the first page").isEmpty();
			By planned = By.cssSelector("#soonSessions a[href$='/armory/sessions/" + session + "']");
			// the shared database holds other tests' sessions today: later pages of the
			// card
			while (browser.findElements(planned).isEmpty()) {
				click(By.id("soonLater"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("soonEarlier")));
			}
			click(planned);
			fitsAPhone("en", "#issueSessionWeapons", ".serial-input", ".scan-start");
			for (int i = 0; i < 3; i++) {
				// typed as a person types it: lower case, spaces
				browser.findElement(By.id("s" + recruits.get(i))).sendKeys(serials.get(i).toLowerCase());
			}
			click(By.id("issueSessionWeapons"));
			WebElement problem = wait(ExpectedConditions.presenceOfElementLocated(By.id("sessionIssueProblem")));
			assertThat(problem.getText()).contains("does not hold");
			for (int i = 0; i < 3; i++) {
				assertThat(browser.findElement(By.id("s" + recruits.get(i))).getAttribute("value"))
					.as("what was typed is kept")
					.isEqualTo(serials.get(i).toLowerCase());
			}
			assertThat(browser.findElement(By.id("s" + recruits.get(2))).getAttribute("aria-invalid"))
				.isEqualTo("true");
			assertThat(this.issues.outForSession(session, armorer)).as("all or nothing").isEmpty();
			fitsAPhone("en", "#issueSessionWeapons", "#o" + recruits.get(2));
			browser.findElement(By.id("o" + recruits.get(2))).sendKeys("Section gunner for the exercise");
			click(By.id("issueSessionWeapons"));
			wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessionReturnForm input[name=weapon]"), 3));
			assertThat(this.armory.details(machineGun, armorer).current().overrideReason())
				.isEqualTo("Section gunner for the exercise");

			// two come back: one by its typed serial, one ticked by hand
			browser.findElement(By.id("returnSerial")).sendKeys(serials.get(0));
			click(By.id("returnSerialTick"));
			assertThat(browser.findElement(By.id("ret" + weapons.get(0))).isSelected()).isTrue();
			click(By.cssSelector("label[for='ret" + weapons.get(1) + "']"));
			click(By.id("returnSessionWeapons"));
			wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessionReturnForm input[name=weapon]"), 1));

			// the rounds: drawn before the session
			click(By.id("sessionRoundsLink"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("drawForm")));
			fitsAPhone("en", "#drawRoundsButton", "#savePlan");
			browser.findElement(By.id("drawCaliber")).sendKeys(caliber);
			browser.findElement(By.id("drawRounds")).sendKeys("30");
			click(By.id("drawRoundsButton"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("returnForm")));

			// the session: everyone fires (10, 10 and 5 rounds), and it is signed off
			this.sessions.open(session, this.sessions.details(session, admin).version(), admin);
			int[] fired = { 10, 10, 5 };
			for (int i = 0; i < 3; i++) {
				this.rangeLog.recordCard(session, recruits.get(i), new CardEntry(AttendanceStatus.PRESENT,
						Map.of(drill, new BigDecimal("4")), Map.of(drill, fired[i]), UUID.randomUUID()), admin);
			}
			this.sessions.signOff(session, this.sessions.details(session, admin).version(), admin);

			// after it, the five rounds left are counted back: the account balances
			browser.navigate().refresh();
			WebElement back = wait(
					ExpectedConditions.presenceOfElementLocated(By.cssSelector("#returnForm input[type=number]")));
			back.sendKeys("5");
			click(By.id("returnRounds"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("roundsReturned")));
			WebElement account = browser.findElement(By.cssSelector("#roundsAccount [data-caliber='" + caliber + "']"));
			assertThat(account.findElement(By.cssSelector(".drawn")).getText()).isEqualTo("30");
			assertThat(account.findElement(By.cssSelector(".spent")).getText()).isEqualTo("25");
			assertThat(account.findElement(By.cssSelector(".returned")).getText()).isEqualTo("5");
			assertThat(account.findElement(By.cssSelector(".discrepancy")).getText()).isEqualTo("0");
			assertThat(account.findElements(By.cssSelector(".discrepancy-flag"))).isEmpty();
			for (String lang : List.of("en", "pl", "uk", "be")) {
				browser.get(url("/armory/sessions/" + session + "/rounds?lang=" + lang));
				fitsAPhone(lang);
				browser.get(url("/armory/sessions/" + session + "?lang=" + lang));
				fitsAPhone(lang, "#returnSessionWeapons", "#returnSerialTick", ".serial-input");
			}

			// the machine gun is still out after the session: overdue
			browser.get(url("/?lang=en"));
			String overdue = wait(ExpectedConditions.presenceOfElementLocated(By.id("overdueWeapons"))).getText();
			assertThat(overdue).contains(serials.get(2));
			assertThat(overdue).doesNotContain(serials.get(0));
			assertThat(browser
				.findElements(By.cssSelector("#roundsFlagged a[href$='/armory/sessions/" + session + "/rounds']")))
				.as("a balanced account is not flagged")
				.isEmpty();
			assertThat(consoleErrors()).isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
			this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(), admin);
		}
	}

}
