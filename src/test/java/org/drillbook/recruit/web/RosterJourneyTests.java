package org.drillbook.recruit.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin creates a squad under a platoon, imports three recruits into it from CSV,
 * transfers one to another squad, and opens the squad's roster PDF.
 */
class RosterJourneyTests extends BrowserTestSupport {

	@Autowired
	TestData data;

	@Autowired
	UnitService units;

	@Test
	void createSquadImportTransferAndPrintTheRoster() throws Exception {
		long platoon = this.data.unit(this.data.unit(null));
		long otherSquad = this.data.unit(platoon);
		// more units than a unit list shows: the admin will find the squad by its code
		long filler = this.data.unit(null);
		for (int i = 0; i < org.drillbook.unit.UnitService.PICKER_SIZE; i++) {
			this.data.unit(filler);
		}
		String otherSquadCode = this.units.details(otherSquad, DrillbookUser.SYSTEM).code();
		DrillbookUser admin = this.data.admin();
		signIn(admin.getUsername(), TestData.PASSWORD);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));

		// a new squad under the platoon
		browser.get(url("/units/" + platoon));
		click(By.id("newSubunit"));
		String squadCode = TestData.unique("SQ");
		browser.findElement(By.id("code")).sendKeys(squadCode);
		browser.findElement(By.id("name")).sendKeys("3rd Squad");
		assertThat(new Select(browser.findElement(By.id("parentId"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(String.valueOf(platoon));
		click(By.cssSelector("#unitForm button[type=submit]"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("unitPage")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(squadCode.toUpperCase());

		// three recruits from CSV
		String tag = TestData.unique("J");
		Path csv = Files.createTempFile("recruits", ".csv");
		Files.writeString(csv,
				"call_sign,legal_name,date_of_birth,nationality,phone,unit_code,intake_date\n" + tag
						+ "Зубр,Алесь Бяляцкі,1992-05-01,Belarusian,+48 500 000 001," + squadCode + ","
						+ this.data.today().minusDays(10) + "\n" + tag + "Sokół,Zofia Nowak,1995-02-03,Polish,,"
						+ squadCode + "," + this.data.today().minusDays(10) + "\n" + tag
						+ "Tex,John Carter,1985-08-09,American,+1 512 555 0100," + squadCode + ","
						+ this.data.today().minusDays(10) + "\n");
		browser.get(url("/recruits/import"));
		browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		click(By.id("previewButton"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("commitButton"))).click();
		wait(ExpectedConditions.urlContains("/recruits"));

		// transfer one to the other squad
		browser.get(url("/recruits?q=" + tag + "Tex"));
		click(By.linkText(tag + "Tex"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("transferForm")));
		// Enter searches instead of sending the form
		browser.findElement(By.id("transferUnitSearch"))
			.sendKeys(otherSquadCode.substring(1).toLowerCase() + org.openqa.selenium.Keys.ENTER);
		wait(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#transferUnit option[value='" + otherSquad + "']")));
		new Select(browser.findElement(By.id("transferUnit"))).selectByValue(String.valueOf(otherSquad));
		click(By.cssSelector("#transferForm button[type=submit]"));
		wait(ExpectedConditions.textToBe(By.cssSelector("#currentUnit a"), otherSquadCode));

		// the squad's roster, on screen and as PDF
		browser.get(url("/units/" + platoon));
		click(By.linkText(squadCode.toUpperCase()));
		click(By.id("rosterLink"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("rosterTable")));
		String table = browser.findElement(By.id("rosterTable")).getText();
		assertThat(table).contains(tag + "Зубр", tag + "Sokół").doesNotContain(tag + "Tex");
		screenshot("roster.png");

		String pdfUrl = browser.findElement(By.id("rosterPdf")).getAttribute("href");
		Cookie session = browser.manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfUrl)).header("Cookie", "SESSION=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
		assertThat(text).contains(squadCode.toUpperCase(), tag + "Зубр", tag + "Sokół").doesNotContain(tag + "Tex");

		// an instructor's units, ticked from a search among more units than the list
		// shows:
		// the unit they had stays ticked
		DrillbookUser instructor = this.data.instructor(filler);
		browser.get(url("/instructors/" + instructor.id() + "/edit"));
		browser.findElement(By.id("instructorUnitsSearch")).sendKeys(otherSquadCode.substring(1).toLowerCase());
		click(By.id("unitIds-" + otherSquad));
		click(By.cssSelector("#instructorForm button[type=submit]"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.units.scopeOf(instructor).unitIds()).contains(filler, otherSquad);

		// the pickers on a phone in every language: the search box above its list, a
		// thumb's height, nothing wider than the screen
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
		try {
			for (String lang : new String[] { "en", "pl", "uk", "be" }) {
				browser.get(url("/recruits?lang=" + lang));
				wait(ExpectedConditions.presenceOfElementLocated(By.id("unitSearch")));
				fitsAPhone(lang, "#unitSearch", "#unit");
				browser.get(url("/sessions/new?lang=" + lang));
				fitsAPhone(lang, "#unitIdSearch", "#unitId");
				browser.get(url("/instructors/" + instructor.id() + "/edit?lang=" + lang));
				fitsAPhone(lang, "#instructorUnitsSearch");
			}
			assertThat(consoleErrors()).isEmpty();
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
		}
	}

}
