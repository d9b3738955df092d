package org.drillbook.session.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drillbook.BrowserTestSupport;
import org.drillbook.BrowserTestSupport.Outage;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The range log as an instructor uses it on a phone: in Polish, a 30-recruit session with
 * three drills logged with one tap per recruit plus its values; every instructor page
 * measured in all four languages for sideways scrolling at 360 px and for 44 px targets
 * at 375 px; Tab and Enter on a desktop; and a clean console throughout.
 */
class FieldLogJourneyTests extends BrowserTestSupport {

	private static final List<String> LANGUAGES = List.of("en", "pl", "uk", "be");

	/** The smallest target a gloved thumb hits reliably, in CSS pixels. */
	private static final int TARGET = 44;

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aThirtyRecruitSessionInPolishTakesOneTapPerRecruitPlusTwo() {
		Range range = range(30);
		browser.manage().window().setSize(new Dimension(375, 812));
		try {
			signIn(range.instructor().getUsername(), TestData.PASSWORD);
			browser.get(url("/?lang=pl"));
			consoleErrors();
			int taps = 0;
			click(By.cssSelector("#sessionsSoon a[href='/sessions/" + range.session() + "/log']"));
			taps++;
			click(By.cssSelector("#markAllPresent button"));
			taps++;
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loggedCount"), "0 z 30"));
			int keystrokes = 0;
			List<String> rows = rowIds();
			assertThat(rows).hasSize(30);
			for (int i = 0; i < rows.size(); i++) {
				String row = "#" + rows.get(i);
				By firstValue = By.cssSelector(row + " input.value-input");
				// after marking everyone present, and after each save, the next row's
				// first value
				// has the focus: no tap
				hasFocus(firstValue);
				boolean slow = i % 4 == 0;
				// the rounds fired come filled in with the drill's course of fire: Tab
				// passes them
				List<WebElement> inputs = browser
					.findElements(By.cssSelector(row + " input.value-input, " + row + " input.rounds-input"));
				for (int f = 0; f < inputs.size(); f++) {
					String name = inputs.get(f).getAttribute("name");
					if (f > 0) {
						browser.switchTo().activeElement().sendKeys(Keys.TAB);
						keystrokes++;
					}
					assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo(name);
					if (name.startsWith("v")) {
						String value = name.equals("v" + range.timed()) ? (slow ? "6,5" : "5,4")
								: name.equals("v" + range.hits()) ? "9" : "85";
						browser.switchTo().activeElement().sendKeys(value);
						keystrokes += value.length();
					}
				}
				assertThat(browser.findElement(By.cssSelector(row + " input[name='v" + range.timed() + "']"))
					.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' drill ')][1]"))
					.findElement(By.cssSelector(".verdict"))
					.getText()).isEqualTo(slow ? "Niezaliczone" : "Zaliczone");
				browser.switchTo().activeElement().sendKeys(Keys.ENTER);
				taps++;
				saved(By.cssSelector(row));
			}
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loggedCount"), "30 z 30"));
			assertThat(taps).as("taps: one per recruit, plus the log and mark-all").isLessThanOrEqualTo(30 + 2);
			assertThat(this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
					range.session()))
				.isEqualTo(90);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from drill_result where session_id = ? and drill_type_id = ? and passed = false",
					Integer.class, range.session(), range.timed()))
				.isEqualTo(8);
			System.out.println("range log, 30 recruits x 3 drills in Polish: " + taps + " taps, " + keystrokes
					+ " keystrokes (values, Tab and Enter)");

			click(By.id("toSignOff"));
			assertThat(wait(ExpectedConditions.presenceOfElementLocated(By.id("countPRESENT"))).getText())
				.isEqualTo("30");
			assertThat(browser.findElement(By.id("countResults")).getText()).isEqualTo("90");
			click(By.id("confirmSignOff"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("sessionStatus")));
			assertThat(consoleErrors()).as("browser console").isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	@Test
	void everyInstructorPageFitsAPhoneInEveryLanguage() {
		Range range = range(6);
		List<String> pages = List.of("/", "/sessions", "/sessions/" + range.session(),
				"/sessions/" + range.session() + "/log", "/sessions/" + range.session() + "/sign-off",
				"/sessions/" + range.session() + "/cancel", "/recruits/" + range.recruits().get(0) + "/training");
		List<String> problems = new ArrayList<>();
		try {
			signIn(range.instructor().getUsername(), TestData.PASSWORD);
			for (String language : LANGUAGES) {
				browser.get(url("/?lang=" + language));
				for (String page : pages) {
					browser.manage().window().setSize(new Dimension(360, 800));
					browser.get(url(page));
					wait(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
					long width = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
					long viewport = ((Number) js("return document.documentElement.clientWidth;")).longValue();
					if (width > viewport) {
						problems.add(language + " " + page + ": " + width + " px wide at 360");
					}
					browser.manage().window().setSize(new Dimension(375, 812));
					@SuppressWarnings("unchecked")
					List<String> small = (List<String>) js(SMALL_TARGETS, TARGET);
					small.forEach((target) -> problems.add(language + " " + page + ": " + target));
				}
			}
			assertThat(consoleErrors()).as("browser console").isEmpty();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void onADesktopTabMovesThroughARowAndEnterSavesAndMovesOn() {
		Range range = range(3);
		signIn(range.instructor().getUsername(), TestData.PASSWORD);
		browser.get(url("/sessions/" + range.session() + "/log?lang=en"));
		click(By.cssSelector("#markAllPresent button"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loggedCount"), "Logged 0 of 3"));
		List<String> rows = rowIds();
		String first = rows.get(0);
		String second = rows.get(1);
		List<WebElement> inputs = browser
			.findElements(By.cssSelector("#" + first + " input.value-input, #" + first + " input.rounds-input"));
		inputs.get(0).click();
		for (int f = 0; f < inputs.size(); f++) {
			assertThat(activeName()).isEqualTo(inputs.get(f).getAttribute("name"));
			String typed = inputs.get(f).getAttribute("name").startsWith("v") ? "5" : "";
			browser.switchTo().activeElement().sendKeys(typed, (f < inputs.size() - 1) ? Keys.TAB : Keys.ENTER);
		}
		saved(By.id(first));
		hasFocus(By.cssSelector("#" + second + " input.value-input"));
		assertThat(browser.findElement(By.id("loggedCount")).getText()).isEqualTo("Logged 1 of 3");
	}

	@Test
	void aRowSavedWhileTheDatabaseIsAwayWaitsAndTheSheetSaysSo() {
		Range range = range(2);
		signIn(range.instructor().getUsername(), TestData.PASSWORD);
		browser.get(url("/sessions/" + range.session() + "/log?lang=uk"));
		click(By.cssSelector("#markAllPresent button"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards li.log-row")));
		List<String> rows = rowIds();
		Outage.set(true);
		try {
			fillAndSave(rows.get(0), "7");
			wait(ExpectedConditions.visibilityOfElementLocated(By.id("serverNotice")));
			assertThat(browser.findElement(By.id("serverNotice")).getText()).contains("База даних не відповідає",
					"Нічого зі збереженого не втрачено");
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("offlineBanner"), "1"));
			assertThat(browser.findElement(By.cssSelector("#" + rows.get(0) + " .row-state")).getAttribute("class"))
				.contains("text-warning");
		}
		finally {
			Outage.set(false);
		}
		// back: the waiting entry is sent (as it would be within 15 s), and the next save
		// that succeeds takes the notice away
		js("window.dispatchEvent(new Event('online'));");
		wait(ExpectedConditions.invisibilityOfElementLocated(By.id("offlineBanner")));
		assertThat(this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
				range.session()))
			.isEqualTo(3);
		fillAndSave(rows.get(1), "6");
		saved(By.id(rows.get(1)));
		wait(ExpectedConditions.invisibilityOfElementLocated(By.id("serverNotice")));
		// the browser reports the refused request, and nothing else
		assertThat(consoleErrors()).as("browser console").allSatisfy((error) -> assertThat(error).contains("503"));
	}

	@Test
	void aRowSavedAfterTheSignInLapsedWaitsAndIsSentAfterSigningInAgain() {
		Range range = range(2);
		signIn(range.instructor().getUsername(), TestData.PASSWORD);
		browser.get(url("/sessions/" + range.session() + "/log"));
		click(By.cssSelector("#markAllPresent button"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards li.log-row")));
		List<String> rows = rowIds();
		int before = results(range.session());

		// thirty minutes without use: the server forgets the session
		String cookie = browser.manage().getCookieNamed("SESSION").getValue();
		this.jdbc.update("delete from spring_session where session_id = ?",
				new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII));
		fillAndSave(rows.get(0), "7");
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("signInNotice")));
		assertThat(browser.findElement(By.id("serverNotice")).getText()).contains("You are no longer signed in");
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("offlineBanner"), "1"));
		assertThat(results(range.session())).isEqualTo(before);

		// the notice's link leads through the sign-in back to the sheet, which sends the
		// row
		click(By.id("signInAgain"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
		browser.findElement(By.id("username")).sendKeys(range.instructor().getUsername());
		browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
		browser.findElement(By.cssSelector("#loginForm button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards li.log-row")));
		assertThat(browser.getCurrentUrl()).contains("/sessions/" + range.session() + "/log");
		wait(ExpectedConditions.invisibilityOfElementLocated(By.id("offlineBanner")));
		wait((driver) -> results(range.session()) > before);
	}

	private int results(long session) {
		return this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
				session);
	}

	@Test
	void theOutagePageFitsAPhoneInEveryLanguage() {
		signIn(this.data.admin().getUsername(), TestData.PASSWORD);
		browser.manage().window().setSize(new Dimension(360, 740));
		Map<String, String> titles = Map.of("en", "The database is not answering", "pl", "Baza danych nie odpowiada",
				"uk", "База даних не відповідає", "be", "База даных не адказвае");
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				// the language is chosen while the database is there; the outage page
				// finds
				// it in its cookie
				Outage.set(false);
				browser.get(url("/units?lang=" + lang));
				Outage.set(true);
				browser.get(url("/units"));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("outageRetry")));
				assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
				assertThat(browser.findElement(By.cssSelector("#outageNotice h1")).getText())
					.startsWith(titles.get(lang));
				assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
					.as("no sideways scrolling at 360 px in " + lang)
					.isLessThanOrEqualTo(360);
				assertThat(browser.findElement(By.id("outageRetry")).getSize().getHeight())
					.as("the retry button fits a thumb in " + lang)
					.isGreaterThanOrEqualTo(44);
			}
		}
		finally {
			Outage.set(false);
		}
	}

	@Test
	void theLapsedSignInNoticeAndTheSignInPageFitAPhoneInEveryLanguage() {
		Range range = range(4);
		Map<String, String> titles = Map.of("en", "You are no longer signed in", "pl", "Sesja wygasła", "uk",
				"Сеанс завершився", "be", "Сеанс скончыўся");
		Map<String, String> expired = Map.of("en", "You had been signed out", "pl", "Sesja wygasła po", "uk",
				"Сеанс завершився після", "be", "Сеанс скончыўся пасля");
		List<String> languages = List.of("en", "pl", "uk", "be");
		int logged = 0;
		for (int i = 0; i < languages.size(); i++) {
			String lang = languages.get(i);
			signIn(range.instructor().getUsername(), TestData.PASSWORD);
			browser.manage().window().setSize(new Dimension(360, 740));
			browser.get(url("/sessions/" + range.session() + "/log?lang=" + lang));
			if (i == 0) {
				click(By.cssSelector("#markAllPresent button"));
			}
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards li.log-row")));
			if (i > 0) {
				// the row left waiting in the language before is sent first
				int before = logged;
				wait((driver) -> results(range.session()) > before);
				wait(ExpectedConditions.invisibilityOfElementLocated(By.id("offlineBanner")));
			}
			logged = results(range.session());
			String cookie = browser.manage().getCookieNamed("SESSION").getValue();
			this.jdbc.update("delete from spring_session where session_id = ?",
					new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII));
			fillAndSave(rowIds().get(i), "7");
			wait(ExpectedConditions.visibilityOfElementLocated(By.id("signInNotice")));
			assertThat(browser.findElement(By.id("serverNotice")).getText()).contains(titles.get(lang));
			assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
				.as("the notice does not scroll sideways at 360 px in " + lang)
				.isLessThanOrEqualTo(360);
			assertThat(browser.findElement(By.id("signInAgain")).getSize().getHeight())
				.as("the sign-in link fits a thumb in " + lang)
				.isGreaterThanOrEqualTo(44);

			// a form sent after the lapse lands here
			browser.get(url("/login?expired&lang=" + lang));
			assertThat(browser.findElement(By.id("signInExpired")).getText()).startsWith(expired.get(lang));
			assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
				.as("the sign-in page does not scroll sideways at 360 px in " + lang)
				.isLessThanOrEqualTo(360);
			assertThat(browser.findElement(By.cssSelector("#loginForm button[type=submit]")).getSize().getHeight())
				.as("the sign-in button fits a thumb in " + lang)
				.isGreaterThanOrEqualTo(44);
		}
		// the last row waiting on the device is sent, so the next test starts clean
		signIn(range.instructor().getUsername(), TestData.PASSWORD);
		browser.get(url("/sessions/" + range.session() + "/log"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards li.log-row")));
		wait(ExpectedConditions.invisibilityOfElementLocated(By.id("offlineBanner")));
		int before = logged;
		wait((driver) -> results(range.session()) > before);
	}

	@Test
	void rowsLoggedWithoutAConnectionArriveOnceWhenItReturns() {
		Range range = range(6);
		signIn(range.instructor().getUsername(), TestData.PASSWORD);
		browser.get(url("/sessions/" + range.session() + "/log?lang=en"));
		click(By.cssSelector("#markAllPresent button"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loggedCount"), "Logged 0 of 6"));
		// the service worker has put the sheet and its assets in its cache
		wait((driver) -> Boolean.TRUE.equals(js("return navigator.serviceWorker.controller !== null;")));
		wait((driver) -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " caches.open('drillbook-range-log-v1').then((c) => c.match(location.href))"
					+ ".then((r) => done(!!r), () => done(false));")));
		List<String> rows = rowIds();
		// the key the cached copy of the sheet gives the sixth row (each response draws
		// new keys)
		String cachedKey = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " caches.match(location.pathname + location.search, { ignoreSearch: true })"
					+ ".then((r) => r.text()).then((t) => done(new DOMParser().parseFromString(t, 'text/html')"
					+ ".querySelector('#" + rows.get(5) + " input[name=submissionKey]').value));");
		HasNetworkConditions network = (HasNetworkConditions) browser;
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		network.setNetworkConditions(offline);
		Outage.set(true);
		try {
			for (String row : rows.subList(0, 5)) {
				fillAndSave(row, "7");
				wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + row + " .row-state"),
						"waiting"));
			}
			WebElement banner = browser.findElement(By.id("offlineBanner"));
			wait(ExpectedConditions.visibilityOf(banner));
			assertThat(banner.getText()).startsWith("5 waiting");
			// reloaded without a connection, the service worker serves the sheet, and the
			// entries kept on the device are still there and still waiting
			browser.navigate().refresh();
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("offlineBanner"), "5 waiting"));
			assertThat(js("return navigator.serviceWorker.controller !== null;")).isEqualTo(true);
			assertThat(browser.findElement(By.cssSelector("#" + rows.get(5) + " input[name=submissionKey]"))
				.getAttribute("value")).as("the reloaded sheet is the service worker's copy").isEqualTo(cachedKey);

			// the browser is closed and opened again, still without a connection
			String sheet = browser.getCurrentUrl();
			restartBrowser();
			network = (HasNetworkConditions) browser;
			network.setNetworkConditions(offline);
			browser.get(sheet);
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("offlineBanner"), "5 waiting"));
			assertThat(browser.findElement(By.cssSelector("#" + rows.get(0) + " .row-state")).getText())
				.isEqualTo("waiting to be sent");
			assertThat(this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
					range.session()))
				.isZero();
		}
		finally {
			Outage.set(false);
			network.deleteNetworkConditions();
		}
		// back online, the sign-in lapsed with the closed browser: the entries keep
		// waiting
		// until the instructor signs in again and opens the sheet
		assertThat(this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
				range.session()))
			.isZero();
		signIn(range.instructor().getUsername(), TestData.PASSWORD);
		browser.get(url("/sessions/" + range.session() + "/log?lang=en"));
		// (the banner starts hidden until the page has counted what waits, so the results
		// themselves are waited for)
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(40))
			.until((driver) -> this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?",
					Integer.class, range.session()) == 15);
		wait(ExpectedConditions.invisibilityOfElementLocated(By.id("offlineBanner")));
		assertThat(this.jdbc.queryForList(
				"select recruit_id, count(*) as n from drill_result where session_id = ?" + " group by recruit_id",
				range.session()))
			.hasSize(5)
			.allSatisfy((row) -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(3));
		// requests cut off, and (when a timed sync ran while signed out) a row refused
		// for want of a sign-in, which left it waiting: 401 since a lapsed sign-in is
		// said (LapsedSignIn), 403 when the refusal came from the CSRF check
		assertThat(consoleErrors()).as("browser console")
			.allSatisfy((error) -> assertThat(error).satisfiesAnyOf(
					(e) -> assertThat(e).contains("ERR_INTERNET_DISCONNECTED"),
					(e) -> assertThat(e).contains("/recruits/").contains("status of 401"),
					(e) -> assertThat(e).contains("/recruits/").contains("status of 403")));

		// nothing is left waiting on the device (the sign-out would ask about it): listed
		// with its state and reason if something is
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " const open = indexedDB.open('drillbook-range-log', 1);"
					+ " open.onupgradeneeded = () => open.result.createObjectStore('entries', { keyPath: 'key' });"
					+ " open.onerror = () => done('cannot open: ' + open.error);"
					+ " open.onsuccess = () => { const db = open.result;"
					+ " const all = db.transaction('entries', 'readonly').objectStore('entries').getAll();"
					+ " all.onsuccess = () => { db.close(); done(JSON.stringify(all.result.map((e) =>"
					+ " [e.row, e.state, e.reason, e.page, e.user]))); }; };"))
			.as("entries kept on the device")
			.isEqualTo("[]");

		// signing out leaves nothing of the range log on the device
		click(By.cssSelector("#userMenu .dropdown-toggle"));
		click(By.id("logoutButton"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
		// (the signed-out page deletes once more what a late write may have kept, so this
		// waits a moment for it rather than reading once)
		wait((driver) -> Long.valueOf(0)
			.equals(((org.openqa.selenium.JavascriptExecutor) driver)
				.executeAsyncScript("const done = arguments[arguments.length - 1];"
						+ " Promise.all([caches.keys(), indexedDB.databases(), navigator.serviceWorker.getRegistrations()])"
						+ ".then(([c, d, r]) => done(c.length + r.length"
						+ " + d.filter((x) => x.name === 'drillbook-range-log').length));")));
	}

	/**
	 * Every visible control smaller than the target: buttons, fields, the labels that act
	 * as buttons, and links other than those inside running text.
	 */
	private static final String SMALL_TARGETS = """
			const min = arguments[0];
			const found = [];
			document.querySelectorAll('a, button, input:not([type=hidden]):not(.btn-check), select, textarea, label.btn')
			  .forEach((el) => {
			    let box = el.getBoundingClientRect();
			    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') return;
			    // a checkbox or radio is hit through its label too
			    if ((el.type === 'checkbox' || el.type === 'radio') && el.labels && el.labels.length) {
			      const label = el.labels[0].getBoundingClientRect();
			      const left = Math.min(box.left, label.left), top = Math.min(box.top, label.top);
			      box = { width: Math.max(box.right, label.right) - left, height: Math.max(box.bottom, label.bottom) - top };
			    }
			    if (el.tagName === 'A' && el.closest('p, li.breadcrumb-item, .small, td, dd') && !el.classList.contains('btn')) return;
			    if (box.width < min - 0.5 || box.height < min - 0.5) {
			      found.push((el.id || el.getAttribute('name') || el.textContent.trim().slice(0, 30) || el.tagName)
			        + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
			    }
			  });
			return found;
			""";

	private Range range(int size) {
		long squad = this.data.unit(null);
		List<Long> recruits = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			recruits.add(this.data.recruit(TestData.unique("Wiewiórka"), squad));
		}
		long timed = this.drillTypes.define(DrillTypeDefinition.timed(TestData.unique("Zmiana magazynka "),
				DrillCategory.WEAPON_HANDLING, null, new BigDecimal("6.0"), null, null));
		long hits = this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Skupienie "), DrillCategory.MARKSMANSHIP, null, 10, 8, null));
		long points = this.drillTypes.define(
				DrillTypeDefinition.points(TestData.unique("Pierwsza pomoc "), DrillCategory.FIRST_AID, null, 100, 70));
		DrillbookUser instructor = this.data.instructor(squad);
		long session = this.sessions.plan(new SessionPlan(squad, Instant.now().plusSeconds(600), "Strzelnica 2",
				Set.of(timed, hits, points), instructor.id(), Set.of()), instructor);
		this.sessions.open(session, this.sessions.details(session, instructor).version(), instructor);
		recruits.sort(null);
		return new Range(session, instructor, recruits, timed, hits, points);
	}

	private record Range(long session, DrillbookUser instructor, List<Long> recruits, long timed, long hits,
			long points) {

	}

	/** The ids of the sheet's rows, in order. */
	private static List<String> rowIds() {
		return browser.findElements(By.cssSelector("#cards li.log-row"))
			.stream()
			.map((row) -> row.getAttribute("id"))
			.toList();
	}

	/** Types the value into every drill of the row and saves it with Enter. */
	private static void fillAndSave(String row, String value) {
		List<WebElement> values = browser.findElements(By.cssSelector("#" + row + " input.value-input"));
		click(By.cssSelector("#" + row + " input.value-input"));
		for (WebElement field : values) {
			field.sendKeys(value);
		}
		values.get(values.size() - 1).sendKeys(Keys.ENTER);
	}

	private static Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** Waits until the row is answered as logged; the row is replaced meanwhile. */
	private static void saved(By row) {
		wait((driver) -> {
			try {
				return driver.findElement(row).getAttribute("class").contains("logged");
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return false;
			}
		});
	}

	private static void hasFocus(By by) {
		wait((driver) -> driver.findElement(by).equals(driver.switchTo().activeElement()));
	}

	private static String activeName() {
		return browser.switchTo().activeElement().getAttribute("name");
	}

}
