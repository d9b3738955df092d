package org.drillbook.session.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.SessionService;
import org.drillbook.session.UnitTraining;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Pass rates and attendance of a unit on a small known dataset; results CSV; the session
 * sheet.
 */
@DrillbookIntegrationTest
class ReportsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	org.drillbook.session.RangeLogService rangeLog;

	@Autowired
	org.drillbook.session.TrainingReportService reports;

	@Test
	void unitTrainingOnAKnownDataset() throws Exception {
		DrillbookUser admin = this.data.admin();
		long platoon = this.data.unit(null);
		long squad = this.data.unit(platoon);
		String callSign = TestData.unique("Ryś");
		long a = this.data.recruit(callSign, squad);
		long b = this.data.recruit(squad);
		long drill = this.data.drillType();
		long session = this.data.openSession(platoon, drill);
		this.rangeLog.recordCard(session, a,
				new CardEntry(AttendanceStatus.PRESENT, Map.of(drill, BigDecimal.ONE), null, UUID.randomUUID()), admin);
		this.rangeLog.recordCard(session, a,
				new CardEntry(null, Map.of(drill, BigDecimal.ZERO), null, UUID.randomUUID()), admin);
		this.rangeLog.recordCard(session, a,
				new CardEntry(null, Map.of(drill, BigDecimal.ONE), null, UUID.randomUUID()), admin);
		this.rangeLog.recordCard(session, b,
				new CardEntry(AttendanceStatus.ABSENT, AbsenceReason.SICK, null, null, null, UUID.randomUUID()), admin);

		UnitTraining training = this.reports.unitTraining(platoon, this.data.today().minusDays(1),
				this.data.today().plusDays(1), admin);
		assertThat(training.marks()).isEqualTo(2);
		assertThat(training.attendanceRate()).isEqualTo(50);
		assertThat(training.drills()).singleElement().satisfies((d) -> {
			assertThat(d.attempts()).isEqualTo(3);
			assertThat(d.passes()).isEqualTo(2);
			assertThat(d.rate()).isEqualTo(67);
		});
		assertThat(this.mvc.get().uri("/units/{id}/training", platoon).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("67 %", "data-kind=\"bar\"");
		assertThat(this.mvc.get().uri("/units/{id}/training", platoon).header("HX-Request", "true").with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"unitTrainingSummary\"", "67 %")
			.doesNotContain("<html");
		assertThat(this.mvc.get().uri("/units/{id}", platoon).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("hx-get=\"/units/" + platoon + "/training\"");

		MvcTestResult csv = this.mvc.get().uri("/units/{id}/results.csv", platoon).with(user(admin)).exchange();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text.lines()).hasSize(4);
		assertThat(text).contains(callSign);

		MvcTestResult pdf = this.mvc.get().uri("/sessions/{id}/sheet.pdf", session).with(user(admin)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		String sheet = new PdfTextExtractor(new PdfReader(pdf.getResponse().getContentAsByteArray()))
			.getTextFromPage(1);
		assertThat(sheet).contains(callSign, "Present", "Absent", "(pass)", "(fail)");
	}

}
