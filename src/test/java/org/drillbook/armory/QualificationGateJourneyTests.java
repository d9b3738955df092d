package org.drillbook.armory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone in every language: an admin makes machine guns require a
 * qualification; issuing one to a recruit without it is refused with the qualification
 * named and what was typed kept, and issued with a reason for the override, which the
 * weapon page then shows.
 */
class QualificationGateJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	ArmoryService armory;

	@Autowired
	WeaponIssueService issues;

	@Test
	void aMachineGunIsRefusedToARecruitWithoutTheQualificationAndIssuedByOverride() {
		long unit = this.data.unit(null);
		long qualification = this.data.qualification(this.data.drillType());
		DrillbookUser admin = this.data.user(Role.ADMIN);
		Map<String, String> refusals = Map.of("en", "does not hold", "pl", "nie ma tego", "uk", "не має того", "be",
				"не мае таго");
		signIn(admin.getUsername(), TestData.PASSWORD);
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			browser.get(url("/armory/kinds?lang=en"));
			String box = "k" + WeaponKind.MACHINE_GUN + "q" + qualification;
			click(By.cssSelector("label[for='" + box + "']"));
			click(By.cssSelector("#kind" + WeaponKind.MACHINE_GUN + " button[type=submit]"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("kindsPage")));
			assertThat(browser.findElement(By.id(box)).isSelected()).isTrue();
			for (String lang : List.of("en", "pl", "uk", "be")) {
				browser.get(url("/armory/kinds?lang=" + lang));
				fitsAPhone(lang, "#kind" + WeaponKind.MACHINE_GUN + " button[type=submit]");

				String callSign = TestData.unique("Mg");
				this.data.recruit(callSign, unit);
				long weapon = this.armory.register(new WeaponDefinition(WeaponKind.MACHINE_GUN, "PKM",
						TestData.unique("MG"), "7.62x54R", null, null), DrillbookUser.SYSTEM);
				browser.get(url("/armory/" + weapon + "?lang=" + lang));
				assertThat(browser.findElement(By.id("kindRequires")).getText()).isNotBlank();
				browser.findElement(By.id("holder")).sendKeys(callSign);
				click(By.id("issueButton"));
				WebElement problem = wait(ExpectedConditions.presenceOfElementLocated(By.id("issueProblem")));
				assertThat(problem.getText()).contains(refusals.get(lang));
				assertThat(browser.findElement(By.id("holder")).getAttribute("value")).isEqualTo(callSign);
				fitsAPhone(lang, "#issueButton");
				browser.findElement(By.id("override")).sendKeys("exercise " + lang);
				click(By.id("issueButton"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("currentOverride")));
				assertThat(browser.findElement(By.id("currentOverride")).getText()).contains("exercise " + lang);
				fitsAPhone(lang);
			}
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
			this.issues.requireForKind(WeaponKind.MACHINE_GUN, Set.of(), admin);
		}
	}

	@Test
	void aWeaponIsReportedLostAndDecommissionedOnAPhoneInEveryLanguage() {
		DrillbookUser admin = this.data.user(Role.ADMIN);
		signIn(admin.getUsername(), TestData.PASSWORD);
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				long weapon = this.data.weapon();
				browser.get(url("/armory/" + weapon + "?lang=" + lang));
				fitsAPhone(lang, "#lostButton", "#decommissionLink", "#issueButton");
				browser.findElement(By.id("lostReason")).sendKeys("river " + lang);
				click(By.id("lostButton"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("writeOff")));
				assertThat(browser.findElement(By.id("writeOff")).getText()).contains("river " + lang);
				fitsAPhone(lang, "#foundButton");
				click(By.id("decommissionLink"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("decommissionSummary")));
				fitsAPhone(lang, "#confirmDecommission");
				browser.findElement(By.id("decommissionReason")).sendKeys("beyond repair");
				click(By.id("confirmDecommission"));
				wait(ExpectedConditions.textToBePresentInElementLocated(By.id("writeOff"), "beyond repair"));
				fitsAPhone(lang);
			}
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
