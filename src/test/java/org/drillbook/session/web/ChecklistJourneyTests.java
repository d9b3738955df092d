package org.drillbook.session.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor on a 360 px phone logs a checklist drill by ticking its steps, in every
 * language: the boxes are thumb-sized, and the result says what was missed.
 */
class ChecklistJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	DrillTypeService drillTypes;

	@Test
	void aChecklistDrillIsLoggedByTickingStepsOnAPhone() {
		long squad = this.data.unit(null);
		List<Long> recruits = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			recruits.add(this.data.recruit(TestData.unique("Chk"), squad));
		}
		long drill = this.drillTypes
			.define(DrillTypeDefinition.checklist(TestData.unique("React "), DrillCategory.TACTICS, null,
					List.of(new ChecklistStep("Returns fire at once", true), new ChecklistStep("Takes cover", true),
							new ChecklistStep("Shouts the contact: direction, distance, description", false),
							new ChecklistStep("Reports to the section commander", false)),
					75));
		DrillbookUser instructor = this.data.instructor(squad);
		long session = this.sessions.plan(new SessionPlan(squad, Instant.now().plusSeconds(600), "Range 3",
				Set.of(drill), instructor.id(), Set.of()), instructor);
		this.sessions.open(session, this.sessions.details(session, instructor).version(), instructor);

		signIn(instructor.getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			List<String> langs = List.of("en", "pl", "uk", "be");
			for (int i = 0; i < langs.size(); i++) {
				String lang = langs.get(i);
				long recruit = recruits.get(i);
				String card = "#r" + recruit;
				browser.get(url("/sessions/" + session + "/log?lang=" + lang));
				wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card + " .checklist")));
				fitsAPhone(lang, card + " .checklist .form-check-label", card + " button[type=submit]");
				click(By.cssSelector(card + " label[for='a" + recruit + "PRESENT']"));
				for (int step : List.of(0, 1, 2)) {
					click(By.cssSelector(card + " label[for='c" + drill + "-" + step + "-" + recruit + "']"));
				}
				assertThat(browser.findElement(By.cssSelector(card + " .verdict")).getText())
					.as("the verdict shows as steps are ticked")
					.startsWith("3/4");
				click(By.cssSelector(card + " button[type=submit]"));
				wait(ExpectedConditions
					.textToBePresentInElementLocated(By.cssSelector(card + " .badge.text-bg-success"), "3/4"));
				assertThat(browser.findElement(By.cssSelector(card + " .missed-steps")).getText())
					.contains("Reports to the section commander");
				fitsAPhone(lang);
			}
			assertThat(consoleErrors()).isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
