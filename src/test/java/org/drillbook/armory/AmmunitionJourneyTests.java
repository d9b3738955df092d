package org.drillbook.armory;

import java.util.List;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, an armorer receives a lot, recalls it and reads where its rounds went; the
 * ammunition pages fit 360 px in every language, and the console stays clean.
 */
class AmmunitionJourneyTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	TestData data;

	@Test
	void aLotIsReceivedAndRecalledOnAPhoneInEveryLanguage() {
		signIn(this.data.armorer().getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				String lot = TestData.unique("LOT-" + lang + "-");
				browser.get(url("/armory/ammo?lang=" + lang));
				fitsAPhone(lang, "#receiptForm button[type=submit]", "#consumptionForm button[type=submit]",
						"#adjustmentForm button[type=submit]");
				browser.findElement(By.id("receiptCaliber")).sendKeys("7.62x39");
				browser.findElement(By.id("receiptLot")).sendKeys(lot);
				browser.findElement(By.id("receiptMaker")).sendKeys("Lugansk");
				browser.findElement(By.id("receiptRounds")).sendKeys("440");
				click(By.cssSelector("#receiptForm button[type=submit]"));
				wait(ExpectedConditions.presenceOfElementLocated(By.linkText("7.62x39 · " + lot)));
				click(By.linkText("7.62x39 · " + lot));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("recallForm")));
				fitsAPhone(lang, "#recallLot", "#usesCsv");
				browser.findElement(By.id("recallReason")).sendKeys("Misfires " + lang);
				click(By.id("recallLot"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("lotRecalled")));
				assertThat(browser.findElement(By.id("lotSummary")).getText()).contains("Misfires " + lang);
				fitsAPhone(lang);
				browser.get(url("/armory/ammo/sessions?lang=" + lang));
				fitsAPhone(lang, "#roundsCsv", "#roundsPdf");
			}
			assertThat(consoleErrors()).isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
