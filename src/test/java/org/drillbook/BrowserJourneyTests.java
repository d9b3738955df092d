package org.drillbook;

import java.util.UUID;

import org.drillbook.account.AccountService;
import org.drillbook.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The first sign-in of a new account, in Polish, on a desktop and on a phone. */
class BrowserJourneyTests extends BrowserTestSupport {

	@Autowired
	AccountService accounts;

	@Test
	void firstSignInForcesANewPasswordThenPolishDashboard() throws Exception {
		String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		String oneTime = this.accounts.createWithOneTimePassword(username, Role.ADMIN, null).password();

		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(oneTime);
		browser.findElement(By.cssSelector("#loginForm button[type=submit]")).click();

		wait(ExpectedConditions.urlContains("/account/password"));
		assertThat(browser.findElement(By.id("mustChange")).isDisplayed()).isTrue();
		browser.findElement(By.id("currentPassword")).sendKeys(oneTime);
		browser.findElement(By.id("newPassword")).sendKeys("our range, our rules");
		browser.findElement(By.id("confirmPassword")).sendKeys("our range, our rules");
		browser.findElement(By.cssSelector("#passwordForm button[type=submit]")).click();

		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		browser.findElement(By.cssSelector("#localeMenu .dropdown-toggle")).click();
		wait(ExpectedConditions.elementToBeClickable(By.cssSelector("#localeMenu a[lang=pl]"))).click();

		wait(ExpectedConditions.textToBe(By.cssSelector("#dashboard h1"), "Witaj, " + username));
		assertThat(browser.getTitle()).startsWith("Pulpit");
		assertThat(browser.findElement(By.id("countRecruits")).getText()).matches("\\d+");
		screenshot("dashboard.png");

		browser.manage().window().setSize(new Dimension(360, 780));
		browser.navigate().refresh();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
		Number scrollWidth = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(scrollWidth.intValue()).as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(360);
		screenshot("dashboard-phone.png");
		browser.manage().window().setSize(new Dimension(1280, 1024));
		browser.get(url("/?lang=en"));
	}

}
