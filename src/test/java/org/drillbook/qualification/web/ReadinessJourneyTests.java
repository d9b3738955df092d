package org.drillbook.qualification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin defines a qualification in the browser, reads the readiness of a platoon (its
 * shares, lists, chart and sub-units), makes it required, and sees who lapses soon on the
 * dashboard.
 */
class ReadinessJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Test
	void defineReadAndRequire() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		long platoon = this.data.unit(null);
		long alpha = this.data.unit(platoon);
		long bravo = this.data.unit(platoon);
		String ready = TestData.unique("Ready");
		String soon = TestData.unique("Soon");
		String failed = TestData.unique("Failed");
		String absent = TestData.unique("Absent");
		long readyId = this.data.recruit(ready, alpha);
		long soonId = this.data.recruit(soon, alpha);
		long failedId = this.data.recruit(failed, bravo);
		this.data.recruit(absent, bravo);
		long drill = this.data.drillType();
		this.data.signedOffSession(platoon, today.minusDays(3), drill,
				Map.of(readyId, BigDecimal.ONE, failedId, BigDecimal.ZERO));
		// lapses the day after tomorrow: among the soonest the dashboard's card shows,
		// whatever
		// other tests left in the database
		this.data.signedOffSession(platoon, today.minusDays(178), drill, Map.of(soonId, BigDecimal.ONE));
		DrillbookUser admin = this.data.admin();

		signIn(admin.getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.get(url("/qualifications/new"));
		String name = TestData.unique("Rifle ");
		browser.findElement(By.id("name")).sendKeys(name);
		new Select(browser.findElement(By.id("requirements0.drillTypeId"))).selectByValue(String.valueOf(drill));
		browser.findElement(By.id("requirements0.windowDays")).clear();
		browser.findElement(By.id("requirements0.windowDays")).sendKeys("180");
		click(By.cssSelector("#qualificationForm button[type=submit]"));
		String requirements = wait(ExpectedConditions.presenceOfElementLocated(By.id("currentRequirements"))).getText();
		assertThat(requirements).contains("at least 1 passes within 180 days");

		browser.get(url("/units/" + platoon));
		click(By.id("unitReadinessLink"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("readinessTable")));
		String row = browser
			.findElement(By.xpath("//tr[contains(@class,'readiness-row')][.//a[text()='" + name + "']]"))
			.getText();
		assertThat(row).contains("50 %").contains("(2/4)");
		wait(ExpectedConditions.attributeToBe(By.cssSelector("canvas.readiness-chart"), "data-drawn", "true"));
		String card = browser
			.findElement(By.xpath("//div[contains(@class,'readiness-card')][.//h2[text()='" + name + "']]"))
			.getText();
		assertThat(card).contains(soon).contains(failed).contains(absent);
		assertThat(browser.findElements(By.cssSelector("#subUnitTable tbody tr"))).hasSize(2);

		click(By.xpath("//form[@id='requirementsForm']//label[text()='" + name + "']"));
		click(By.cssSelector("#requirementsForm button[type=submit]"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.findElement(By.xpath("//tr[contains(@class,'readiness-row')][.//a[text()='" + name + "']]"))
			.getText()).contains("required");
		screenshot("readiness.png");

		browser.get(url("/"));
		String alerts = wait(ExpectedConditions.presenceOfElementLocated(By.id("expiringCard"))).getText();
		assertThat(alerts).contains(soon).contains(name).doesNotContain(ready);
	}

}
