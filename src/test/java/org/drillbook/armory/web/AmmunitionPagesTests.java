package org.drillbook.armory.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.AmmoReceipt;
import org.drillbook.armory.AmmunitionService;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.SessionRoundsService;
import org.drillbook.armory.WeaponDefinition;
import org.drillbook.armory.WeaponKind;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.RangeLogService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The ammunition's and labels' pages and files: a refused receipt keeps what was typed;
 * label sheets (weapons by serial, people by call sign, never an identity); the rounds
 * report as CSV and PDF; a lot's recall report as CSV.
 */
@DrillbookIntegrationTest
class AmmunitionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	AmmunitionService ammo;

	@Autowired
	SessionRoundsService rounds;

	@Autowired
	ArmoryService armory;

	@Autowired
	RangeLogService rangeLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRefusedReceiptShowsThePageAgainWithWhatWasTyped() {
		DrillbookUser armorer = this.data.armorer();
		assertThat(this.mvc.post()
			.uri("/armory/ammo/receipt")
			.with(user(armorer))
			.with(csrf())
			.header("Accept-Language", "pl")
			.param("caliber", "5.56x45")
			.param("lotNumber", "KEEP-ME-7")
			.param("manufacturer", "Mesko")
			.param("manufacturedOn", "2999-01-01")
			.param("rounds", "120")).hasStatusOk()
			.bodyText()
			.contains("value=\"KEEP-ME-7\"", "value=\"Mesko\"", "value=\"120\"", "is-invalid",
					"Podaj prawdziwą datę produkcji");
		assertThat(
				this.jdbc.queryForObject("select count(*) from ammo_lot where lot_number = 'KEEP-ME-7'", Integer.class))
			.isZero();
	}

	@Test
	void labelSheetsHoldEveryWeaponOfAUnitAndThePeopleByCallSign() throws Exception {
		DrillbookUser armorer = this.data.armorer();
		long unit = this.data.unit(null);
		for (int i = 0; i < 25; i++) {
			this.armory.register(
					new WeaponDefinition(WeaponKind.PISTOL, "PM", "LBL-" + unit + "-" + i, "9x18", unit, null),
					DrillbookUser.SYSTEM);
		}
		MvcTestResult weapons = this.mvc.get()
			.uri("/armory/labels.pdf?unit={unit}", unit)
			.with(user(armorer))
			.exchange();
		assertThat(weapons).hasStatusOk().hasContentType("application/pdf");
		PdfReader sheet = new PdfReader(weapons.getResponse().getContentAsByteArray());
		assertThat(sheet.getNumberOfPages()).as("24 labels a sheet").isEqualTo(2);
		String labels = new PdfTextExtractor(sheet).getTextFromPage(1) + new PdfTextExtractor(sheet).getTextFromPage(2);
		for (int i = 0; i < 25; i++) {
			assertThat(labels).contains("LBL-" + unit + "-" + i + "\n");
		}

		String callSign = TestData.unique("Lbl");
		long recruit = this.data.recruit(callSign, unit);
		long session = this.data.openSession(unit, this.data.drillType());
		MvcTestResult people = this.mvc.get()
			.uri("/armory/sessions/{id}/labels.pdf", session)
			.with(user(armorer))
			.exchange();
		assertThat(people).hasStatusOk();
		String text = new PdfTextExtractor(new PdfReader(people.getResponse().getContentAsByteArray()))
			.getTextFromPage(1);
		assertThat(text).contains(callSign, "#" + recruit);
	}

	@Test
	void theRoundsReportAndARecallReportAreDownloads() throws Exception {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("p").toLowerCase();
		long lot = this.ammo.receive(new AmmoReceipt(caliber, "P-1", "Tula", LocalDate.of(2020, 1, 1), 100, null),
				armorer);
		long unit = this.data.unit(null);
		String callSign = TestData.unique("Rpt");
		long recruit = this.data.recruit(callSign, unit);
		long drill = this.data.drillType();
		long session = this.data.openSession(unit, drill);
		this.rounds.draw(session, caliber, null, 20, armorer);
		this.rangeLog.recordCard(session, recruit, new CardEntry(AttendanceStatus.PRESENT,
				Map.of(drill, BigDecimal.ONE), Map.of(drill, 12), UUID.randomUUID()), this.data.admin());
		this.rounds.takeBack(session, Map.of(caliber, 5), armorer);

		String csv = new String(this.mvc.get()
			.uri("/armory/ammo/sessions.csv")
			.with(user(armorer))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains(session + ",").contains("," + caliber + ",0,20,5,12,3,true");

		MvcTestResult pdf = this.mvc.get().uri("/armory/ammo/sessions.pdf").with(user(armorer)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(new PdfTextExtractor(new PdfReader(pdf.getResponse().getContentAsByteArray())).getTextFromPage(1))
			.contains("#" + session, caliber);

		MvcTestResult one = this.mvc.get()
			.uri("/armory/sessions/{id}/rounds.pdf", session)
			.with(user(armorer))
			.exchange();
		assertThat(one).hasStatusOk().hasContentType("application/pdf");
		assertThat(new PdfTextExtractor(new PdfReader(one.getResponse().getContentAsByteArray())).getTextFromPage(1))
			.contains("#" + session, caliber, "P-1");
		assertThat(new String(this.mvc.get()
			.uri("/armory/sessions/{id}/rounds.csv", session)
			.with(user(armorer))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("," + caliber + ",0,20,5,12,3,true");

		String uses = new String(this.mvc.get()
			.uri("/armory/ammo/lots/{id}/uses.csv", lot)
			.with(user(armorer))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(uses).contains(String.valueOf(session), callSign, ",20,5,15,");
		assertThat(this.mvc.get().uri("/armory/ammo/lots/{id}", lot).with(user(armorer))).hasStatusOk()
			.bodyText()
			.contains(callSign);
	}

}
