package org.drillbook.audit;

import java.util.List;
import java.util.Map;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin verifies the audit trail on a phone, in every language. */
class AuditChainJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Test
	void anAdminVerifiesTheTrailOnAPhoneInEveryLanguage() {
		signIn(this.data.admin().getUsername(), TestData.PASSWORD);
		browser.manage().window().setSize(new Dimension(360, 740));
		Map<String, String> intact = Map.of("en", "The audit trail is intact", "pl",
				"Dziennik zdarzeń jest nienaruszony", "uk", "Журнал подій цілісний", "be", "Журнал падзей цэлы");
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				browser.get(url("/audit?lang=" + lang));
				assertThat(((Number) ((JavascriptExecutor) browser)
					.executeScript("return document.documentElement.scrollWidth;")).intValue())
					.as("the trail's page does not scroll sideways at 360 px in " + lang)
					.isLessThanOrEqualTo(360);
				click(By.id("auditChainLink"));
				click(By.cssSelector("#verifyChain button[type=submit]"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("chainIntact")));
				assertThat(browser.findElement(By.id("chainIntact")).getText()).startsWith(intact.get(lang));
				assertThat(browser.findElement(By.cssSelector("#chainHead code")).getText()).matches("[0-9a-f]{64}");
				assertThat(((Number) ((JavascriptExecutor) browser)
					.executeScript("return document.documentElement.scrollWidth;")).intValue())
					.as("no sideways scrolling at 360 px in " + lang)
					.isLessThanOrEqualTo(360);
				for (String target : List.of("#verifyChain button[type=submit]", "#verifyChain a")) {
					assertThat(browser.findElement(By.cssSelector(target)).getSize().getHeight())
						.as(target + " fits a thumb in " + lang)
						.isGreaterThanOrEqualTo(44);
				}
			}
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

}
