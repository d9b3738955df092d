package org.drillbook.trainee;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.Holder;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin gives a recruit a sign-in from the recruit's page (a username that breaks the
 * rules is refused first, and kept); the recruit signs in with the one-time password,
 * chooses their own, and on a phone reads their record in four languages: the unit's next
 * session, the qualification with its expiry, the rifle they hold, their training and the
 * data held about them; another recruit's page refuses them.
 */
class TraineeJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	WeaponIssueService issues;

	@Autowired
	ArmoryService armory;

	@Autowired
	RecruitService recruits;

	@Test
	void anAdminGivesASignInAndTheTraineeReadsTheirOwnRecordOnAPhoneInFourLanguages() throws java.io.IOException {
		long company = this.data.unit(null);
		long squad = this.data.unit(company);
		long otherSquad = this.data.unit(company);
		String callSign = TestData.unique("Zubr");
		long me = this.data.recruit(callSign, squad);
		String otherCallSign = TestData.unique("Other");
		long other = this.data.recruit(otherCallSign, otherSquad);
		long drill = this.data.drillType();
		this.data.qualification(drill);
		this.data.signedOffSession(company, this.data.today().minusDays(2), drill,
				Map.of(me, BigDecimal.ONE, other, BigDecimal.ONE));
		DrillbookUser admin = this.data.admin();
		String place = TestData.unique("Range North ");
		this.sessions.plan(new SessionPlan(company, Instant.now().plus(Duration.ofDays(1)), place, Set.of(drill),
				admin.id(), Set.of()), DrillbookUser.SYSTEM);
		long rifle = this.data.weapon();
		String serial = this.armory.details(rifle, admin).weapon().serial();
		this.issues.issue(rifle, Holder.recruit(me), null, DrillbookUser.SYSTEM);
		String username = TestData.unique("zubr-").toLowerCase();

		signIn(admin.getUsername(), TestData.PASSWORD);
		browser.get(url("/recruits/" + me + "?lang=en"));
		click(By.id("traineeSignInLink"));
		browser.findElement(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys("z!");
		click(By.cssSelector("#signInForm button[type=submit]"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("formErrors")));
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("z!");
		assertThat(browser.findElement(By.id("username")).getAttribute("aria-invalid")).isEqualTo("true");
		browser.findElement(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys(username);
		click(By.cssSelector("#signInForm button[type=submit]"));
		String oneTime = wait(ExpectedConditions.presenceOfElementLocated(By.id("oneTimePassword"))).getText();
		assertThat(browser.findElement(By.id("newUsername")).getText()).isEqualTo(username);

		signIn(username, oneTime);
		wait(ExpectedConditions.urlContains("/account/password"));
		browser.findElement(By.id("currentPassword")).sendKeys(oneTime);
		browser.findElement(By.id("newPassword")).sendKeys("my own range passphrase");
		browser.findElement(By.id("confirmPassword")).sendKeys("my own range passphrase");
		click(By.cssSelector("#passwordForm button[type=submit]"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("traineeOverview")));

		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : new String[] { "en", "pl", "uk", "be" }) {
				browser.get(url("/me?lang=" + lang));
				assertThat(browser.findElement(By.id("myCallSign")).getText()).isEqualTo(callSign);
				assertThat(browser.findElement(By.id("mySessions")).getText()).contains(place);
				assertThat(browser.findElement(By.id("myWeapons")).getText()).contains(serial);
				assertThat(browser.findElements(By.cssSelector("#myQualifications .valid-until"))).isNotEmpty();
				assertThat(browser.getPageSource()).doesNotContain(otherCallSign);
				fitsAPhone(lang, ".navbar-toggler", "#myTrainingLink", "#myDataLink");
				screenshot("trainee-" + lang + ".png");

				browser.get(url("/me/training?lang=" + lang));
				assertThat(browser.findElements(By.cssSelector("#trainingSessions .list-group-item"))).hasSize(1);
				assertThat(browser.getPageSource()).doesNotContain(otherCallSign);
				fitsAPhone(lang, ".navbar-toggler");

				browser.get(url("/me/data?lang=" + lang));
				assertThat(browser.findElement(By.id("myIdentity")).getText()).contains("Legal " + callSign);
				assertThat(browser.findElement(By.id("mySignIn")).getText()).contains(username);
				fitsAPhone(lang, ".navbar-toggler");
				screenshot("trainee-data-" + lang + ".png");
			}
			browser.get(url("/?lang=en"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("traineeOverview")));
			assertThat(consoleErrors()).isEmpty();
			// the refusals below show in the console as failed loads, by design
			for (String elsewhere : new String[] { "/recruits/" + other, "/recruits/" + me, "/units/" + squad,
					"/recruits", "/sessions" }) {
				browser.get(url(elsewhere));
				assertThat(browser.findElement(By.id("errorPage")).getText()).as(elsewhere).doesNotContain(callSign);
				assertThat(browser.getPageSource()).as(elsewhere).doesNotContain(otherCallSign);
			}
			assertThat(browser.findElements(By.id("navRecruits"))).isEmpty();
			assertThat(browser.findElements(By.id("navTokens"))).isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
