package org.drillbook;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a person does in a real headless Chromium (Debian's, never a downloaded one).
 * Skipped with a message where Chromium is not installed, except under CI=true, where it
 * must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(BrowserTestSupport.Outage.class)
public abstract class BrowserTestSupport {

	/**
	 * When switched on, every request but for static files fails as it does when the
	 * database is gone, and the application answers 503 with its notice
	 * (DatabaseOutageFilter): Chromium's emulated offline cuts the page's requests but
	 * not its service worker's, so the offline journey cuts the server too.
	 */
	public static class Outage extends org.springframework.web.filter.OncePerRequestFilter {

		private static volatile boolean on;

		public static void set(boolean down) {
			on = down;
		}

		@Override
		protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, jakarta.servlet.FilterChain chain)
				throws jakarta.servlet.ServletException, java.io.IOException {
			String path = request.getRequestURI();
			// static files never touch the database (DatabaseOutageTests proves it on a
			// real
			// outage)
			boolean needsDatabase = !path.startsWith("/assets/") && !path.startsWith("/webjars/")
					&& !path.equals("/favicon.ico");
			if (on && needsDatabase) {
				throw new org.springframework.jdbc.CannotGetJdbcConnectionException("the test's outage");
			}
			chain.doFilter(request, response);
		}

	}

	static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	private static ChromeOptions options;

	private static ChromeDriverService service;

	@BeforeAll
	static void startBrowser() {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI=true but Chromium is missing: apt-get install -y chromium chromium-driver");
		}
		assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
		options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024", "--lang=en-US");
		// the console, so that journeys can assert that it stays free of errors
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		try {
			options.addArguments("--user-data-dir=" + Files.createTempDirectory("drillbook-chromium"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	/**
	 * Closes the browser and opens it again on the same profile: what the device keeps
	 * (service workers, caches, IndexedDB) stays, the sign-in (a session cookie) does
	 * not.
	 */
	protected static void restartBrowser() {
		browser.quit();
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build(), options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	/**
	 * Opens the browser again with more command-line arguments (such as a fake camera),
	 * for the rest of the test class.
	 */
	protected static void restartBrowserWith(String... arguments) {
		browser.quit();
		ChromeOptions more = new ChromeOptions().merge(options);
		more.addArguments(arguments);
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build(), more);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected void signIn(String username, String password) {
		// leave the page first: a page still open (a range log sheet) goes on working in
		// the background, and a request of it without cookies would start a server
		// session
		// whose cookie replaces the one of this sign-in
		browser.get("about:blank");
		// all of the browser's cookies (WebDriver's own call deletes those of the page's
		// address only, and about:blank has none), the language's too
		((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Network.clearBrowserCookies",
				java.util.Map.of());
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.drillbookSignInPage = true;");
		browser.findElement(By.cssSelector("#loginForm button[type=submit]")).click();
		// the click returns before the answer arrives: a page opened at once would cancel
		// the sign-in in the browser (its cookie may or may not be kept) and be answered
		// as for someone not signed in, so wait until the answer's page has loaded (the
		// marker is gone with the sign-in page; while the page changes, the browser may
		// not answer at all)
		wait((driver) -> {
			try {
				return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
					.executeScript("return !window.drillbookSignInPage && document.readyState === 'complete';"));
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return false;
			}
		});
	}

	/**
	 * Scrolls the element to the middle of the window first, clear of headers and
	 * footers.
	 */
	protected static void click(By by) {
		org.openqa.selenium.WebElement element = wait(
				org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			wait(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// something (a sticky header, an animation) was over it for a moment: click
			// it directly
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
		}
	}

	protected String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * Waits up to 10 s; a wait that fails says which page the browser was on and what it
	 * showed, so that a failure in CI can be read without running it again.
	 */
	protected static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		try {
			return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			String page;
			try {
				Object text = ((org.openqa.selenium.JavascriptExecutor) browser)
					.executeScript("return document.body ? document.body.innerText : '';");
				String shown = String.valueOf(text).replaceAll("\\s+", " ");
				page = browser.getCurrentUrl() + " (" + browser.getTitle() + "): "
						+ shown.substring(0, Math.min(shown.length(), 600));
			}
			catch (org.openqa.selenium.WebDriverException unreadable) {
				page = "unreadable: " + unreadable.getClass().getSimpleName();
			}
			throw new org.openqa.selenium.TimeoutException(ex.getMessage() + "\nThe browser was on " + page, ex);
		}
	}

	protected static void screenshot(String name) throws java.io.IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The console's errors since the last call (CSP violations show up here). */
	protected static java.util.List<String> consoleErrors() {
		return browser.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.toList();
	}

	/**
	 * The page does not scroll sideways on a 360 px phone, and every element the
	 * selectors find is shown and at least 44 px high (a thumb's target).
	 */
	protected static void fitsAPhone(String lang, String... targets) {
		org.assertj.core.api.Assertions
			.assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth;")).intValue())
			.as("no sideways scrolling at 360 px in " + lang)
			.isLessThanOrEqualTo(360);
		for (String target : targets) {
			java.util.List<org.openqa.selenium.WebElement> found = browser.findElements(By.cssSelector(target));
			org.assertj.core.api.Assertions.assertThat(found).as(target + " in " + lang).isNotEmpty();
			for (org.openqa.selenium.WebElement element : found) {
				org.assertj.core.api.Assertions.assertThat(element.isDisplayed())
					.as(target + " shown in " + lang)
					.isTrue();
				org.assertj.core.api.Assertions.assertThat(element.getSize().getHeight())
					.as(target + " fits a thumb in " + lang)
					.isGreaterThanOrEqualTo(44);
			}
		}
	}

}
