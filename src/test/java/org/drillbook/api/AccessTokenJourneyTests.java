package org.drillbook.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens as a user handles them on a phone, in every language: make one,
 * copy it (it is shown once), see its last use, revoke it; a form refused keeps what was
 * typed. And Swagger UI works for an admin under the application's content security
 * policy.
 */
class AccessTokenJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTokenIsMadeShownOnceUsedAndRevokedOnAPhoneInEveryLanguage() throws Exception {
		long unit = this.data.unit(null);
		String instructor = this.data.instructor(unit).getUsername();
		Map<String, String> shownOnce = Map.of("en", "Copy it now", "pl", "Skopiuj go teraz", "uk",
				"Скопіюйте його зараз", "be", "Скапіруйце яго цяпер");
		signIn(instructor, TestData.PASSWORD);
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				browser.get(url("/account/tokens?lang=" + lang));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("tokenForm")));
				assertThat(browser.findElement(By.id("navTokens")).getAttribute("href")).endsWith("/account/tokens");
				fitsAPhone(lang, "#createToken", "#name", "#scope", "#days");

				// nonsense first: no name and 500 days; what was typed stays
				browser.findElement(By.id("days")).clear();
				browser.findElement(By.id("days")).sendKeys("500");
				new Select(browser.findElement(By.id("scope"))).selectByValue("WRITE");
				click(By.id("createToken"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("formErrors")));
				assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
				assertThat(browser.findElement(By.id("days")).getAttribute("value")).isEqualTo("500");
				assertThat(
						new Select(browser.findElement(By.id("scope"))).getFirstSelectedOption().getAttribute("value"))
					.isEqualTo("WRITE");
				assertThat(browser.findElement(By.id("formErrors")).getText()).doesNotContain("??");

				browser.findElement(By.id("name")).sendKeys("range tablet " + lang);
				browser.findElement(By.id("days")).clear();
				browser.findElement(By.id("days")).sendKeys("30");
				click(By.id("createToken"));
				WebElement shown = wait(ExpectedConditions.presenceOfElementLocated(By.id("newToken")));
				String token = shown.getText();
				assertThat(token).startsWith("dbk_");
				assertThat(browser.findElement(By.id("newTokenAlert")).getText()).contains(shownOnce.get(lang));
				fitsAPhone(lang, "#createToken", ".revoke-token button");

				assertThat(call(token)).isEqualTo(200);
				browser.get(url("/account/tokens"));
				assertThat(browser.findElements(By.id("newToken"))).as("shown once").isEmpty();
				WebElement row = browser.findElement(By
					.xpath("//li[.//strong[contains(@class,'token-name') and text()='range tablet " + lang + "']]"));
				assertThat(row.findElement(By.cssSelector(".token-last-used")).getText()).matches(".*\\d.*");
				String rowId = row.getAttribute("id");
				click(By.cssSelector("#" + rowId + " .revoke-token button"));
				wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#" + rowId + " .revoke-token")));
				assertThat(browser.findElement(By.cssSelector("#" + rowId + " .token-state")).getText()).isNotBlank();
				assertThat(call(token)).isEqualTo(401);
				fitsAPhone(lang);
			}
			assertThat(consoleErrors()).as("browser console").isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	@Test
	void swaggerUiWorksForAnAdminUnderTheContentSecurityPolicy() {
		signIn(this.data.user(Role.ADMIN).getUsername(), TestData.PASSWORD);
		browser.get(url("/account/tokens"));
		consoleErrors();
		click(By.id("apiDocs"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
				"Drillbook API"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
		assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText))
			.contains("/api/v1/sessions/{id}/results", "/api/v1/units/{id}/roster");
		assertThat(consoleErrors()).as("browser console").isEmpty();
	}

	private int call(String token) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/drills")))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
