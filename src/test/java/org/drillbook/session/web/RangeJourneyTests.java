package org.drillbook.session.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 375 px phone: an instructor opens today's session, marks attendance, enters
 * results for two drills, signs off, and sees them on the recruit's training record.
 */
class RangeJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	DrillTypeService drillTypes;

	@Test
	void logASessionOnAPhone() throws Exception {
		long squad = this.data.unit(null);
		String zubr = TestData.unique("Zubr");
		long recruit = this.data.recruit(zubr, squad);
		this.data.recruit(TestData.unique("Lis"), squad);
		String reloadName = TestData.unique("Reload ");
		long reload = this.drillTypes.define(DrillTypeDefinition.timed(reloadName, DrillCategory.WEAPON_HANDLING, null,
				new BigDecimal("6.0"), 4, "rifle"));
		long grouping = this.drillTypes.define(DrillTypeDefinition.hits(TestData.unique("Grouping "),
				DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"));
		DrillbookUser instructor = this.data.instructor(squad);
		long session = this.sessions.plan(new SessionPlan(squad, Instant.now().plusSeconds(600), "Range 2",
				Set.of(reload, grouping), instructor.id(), Set.of()), instructor);

		browser.manage().window().setSize(new Dimension(375, 812));
		try {
			signIn(instructor.getUsername(), TestData.PASSWORD);
			wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
			browser.get(url("/sessions"));
			click(By.cssSelector("#sessionList a[href$='/sessions/" + session + "']"));
			click(By.id("openSession"));
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sessionStatus"), "Open"));
			click(By.id("logLink"));

			String card = "#r" + recruit;
			click(By.cssSelector(card + " label[for='a" + recruit + "PRESENT']"));
			browser.findElement(By.cssSelector(card + " input[name='v" + reload + "']")).sendKeys("5.4");
			browser.findElement(By.cssSelector(card + " input[name='v" + grouping + "']")).sendKeys("4");
			browser.findElement(By.cssSelector(card + " input[name='r" + grouping + "']")).sendKeys("5");
			click(By.cssSelector(card + " button[type=submit]"));
			wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(card + " .badge.text-bg-success"), 2));
			assertThat(browser.findElement(By.cssSelector(card + " input[value=PRESENT]")).isSelected()).isTrue();
			Number width = (Number) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(width.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
			screenshot("range-log-phone.png");

			// a reload shows what was saved
			browser.navigate().refresh();
			WebElement saved = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card)));
			assertThat(saved.getText()).contains("5.4", "4");

			browser.get(url("/sessions/" + session));
			click(By.id("signOff"));
			assertThat(wait(ExpectedConditions.presenceOfElementLocated(By.id("countPRESENT"))).getText())
				.isEqualTo("1");
			click(By.id("confirmSignOff"));
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sessionStatus"), "Signed off"));

			browser.get(url("/recruits/" + recruit));
			click(By.id("trainingLink"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("trainingPage")));
			assertThat(browser.findElement(By.id("attendanceRate")).getText()).contains("100");
			assertThat(browser.findElement(By.id("trainingSessions")).getText()).contains(reloadName + ": 5.4",
					"Range 2");
			assertThat(browser.findElements(By.cssSelector("canvas.training-chart"))).hasSize(2);
			screenshot("training-record-phone.png");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
