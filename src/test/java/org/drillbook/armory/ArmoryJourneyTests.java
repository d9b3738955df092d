package org.drillbook.armory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An armorer issues three weapons for a session, takes two back, and sees the third
 * flagged overdue on the dashboard once the session has ended.
 */
class ArmoryJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	ArmoryService armory;

	@Autowired
	RangeLogService rangeLog;

	@Test
	void issueThreeReturnTwoAndTheThirdIsOverdue() throws Exception {
		long squad = this.data.unit(null);
		List<Long> recruits = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			recruits.add(this.data.recruit(TestData.unique("Arm"), squad));
		}
		List<Long> weapons = List.of(this.data.weapon(), this.data.weapon(), this.data.weapon());
		DrillbookUser admin = this.data.admin();
		long session = this.sessions.plan(new SessionPlan(squad, Instant.now().plusSeconds(300), "Range 4",
				Set.of(this.data.drillType()), admin.id(), Set.of()), admin);
		DrillbookUser armorer = this.data.armorer();

		signIn(armorer.getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.get(url("/armory"));
		click(By.cssSelector("#soonSessions a[href$='/armory/sessions/" + session + "']"));
		for (int i = 0; i < 3; i++) {
			new Select(browser.findElement(By.id("w" + recruits.get(i)))).selectByValue(String.valueOf(weapons.get(i)));
		}
		click(By.cssSelector("#sessionIssueForm button[type=submit]"));
		wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessionReturnForm input[name=weapon]"), 3));

		click(By.id("ret" + weapons.get(0)));
		click(By.id("ret" + weapons.get(1)));
		click(By.cssSelector("#sessionReturnForm button[type=submit]"));
		wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessionReturnForm input[name=weapon]"), 1));

		// the session ends (it is signed off), and the third weapon is still out
		this.sessions.open(session, this.sessions.details(session, admin).version(), admin);
		this.rangeLog.markAllPresent(session, admin);
		this.sessions.signOff(session, this.sessions.details(session, admin).version(), admin);
		browser.get(url("/"));
		String overdue = wait(ExpectedConditions.presenceOfElementLocated(By.id("overdueWeapons"))).getText();
		assertThat(overdue).contains(this.armory.details(weapons.get(2), armorer).weapon().serial());
		assertThat(overdue).doesNotContain(this.armory.details(weapons.get(0), armorer).weapon().serial());
		screenshot("armorer-overdue.png");
	}

}
