package org.drillbook.drill;

import java.util.List;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin on a 360 px phone defines a checklist drill with its Belarusian translation;
 * the form fits in every language, and a Belarusian reader sees the drill in Belarusian
 * while a Ukrainian one sees the English marked as such.
 */
class DrillFormJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Test
	void aChecklistDrillIsDefinedWithATranslationOnAPhone() {
		signIn(this.data.user(Role.ADMIN).getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				browser.get(url("/drills/new?lang=" + lang));
				fitsAPhone(lang, "#drillForm button[type=submit]", "#steps", "#nameBe");
			}
			String english = TestData.unique("00 Clear a room ");
			String belarusian = TestData.unique("00 Зачыстка пакоя ");
			browser.get(url("/drills/new?lang=be"));
			browser.findElement(By.id("name")).sendKeys(english);
			new Select(browser.findElement(By.id("category"))).selectByValue("COMMUNICATIONS");
			new Select(browser.findElement(By.id("standard"))).selectByValue("CHECKLIST");
			browser.findElement(By.id("steps")).sendKeys("* Stack at the door\nEnter and clear the corners");
			browser.findElement(By.id("passShare")).sendKeys("100");
			browser.findElement(By.id("nameBe")).sendKeys(belarusian);
			browser.findElement(By.id("stepsBe")).sendKeys("Стаць у калону ля дзвярэй\nУвайсці і зачысціць куты");
			click(By.cssSelector("#drillForm button[type=submit]"));
			wait(ExpectedConditions.urlContains("/drills"));
			browser.get(url("/drills?lang=be"));
			assertThat(browser.findElement(By.tagName("main")).getText()).contains(belarusian);
			browser.get(url("/drills?lang=uk"));
			assertThat(browser.findElement(By.tagName("main")).getText()).contains(english);
			assertThat(browser.findElements(By.cssSelector(".fallback-mark"))).isNotEmpty();
			assertThat(consoleErrors()).isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
