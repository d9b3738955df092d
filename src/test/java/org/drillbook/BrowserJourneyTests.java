package org.drillbook;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import org.drillbook.account.AccountService;
import org.drillbook.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a person does in a real headless Chromium (Debian's, never a downloaded one).
 * Skipped with a message where Chromium is not installed, except under CI=true, where it
 * must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

	static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@BeforeAll
	static void startBrowser() {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI=true but Chromium is missing: apt-get install -y chromium chromium-driver");
		}
		assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024", "--lang=en-US");
		try {
			options.addArguments("--user-data-dir=" + Files.createTempDirectory("drillbook-chromium"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void firstSignInForcesANewPasswordThenPolishDashboard() throws Exception {
		String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		String oneTime = this.accounts.createWithOneTimePassword(username, Role.ADMIN, null).password();

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
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

	private static void screenshot(String name) throws java.io.IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
