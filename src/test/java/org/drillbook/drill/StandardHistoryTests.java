package org.drillbook.drill;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.TrainingRecord;
import org.drillbook.session.TrainingReportService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A changed standard judges results logged from then on; results already logged keep
 * their pass and name the revision that judged them, a correction is judged by that same
 * revision, and the record and the session sheet show which standard applied.
 */
@DrillbookIntegrationTest
class StandardHistoryTests {

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	RangeLogService rangeLog;

	@Autowired
	TrainingReportService reports;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aChangedStandardJudgesOnlyWhatComesAfterIt() throws Exception {
		DrillbookUser admin = this.data.admin();
		String name = TestData.unique("Group ");
		long drill = this.drillTypes
			.define(DrillTypeDefinition.hits(name, DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"), admin);
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long session = this.data.openSession(unit, drill);
		log(session, recruit, drill, "4");
		long first = this.jdbc.queryForObject("select max(id) from drill_result where session_id = ?", Long.class,
				session);

		// renaming is not a new standard; a higher pass mark is
		DrillTypeRow current = this.drillTypes.find(drill);
		this.drillTypes.redefine(drill,
				DrillTypeDefinition.hits(name + " (renamed)", DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"),
				current.version(), admin);
		assertThat(this.drillTypes.find(drill).standardRevision()).isEqualTo(1);
		this.drillTypes.redefine(drill,
				DrillTypeDefinition.hits(name + " (renamed)", DrillCategory.MARKSMANSHIP, null, 5, 5, "rifle"),
				this.drillTypes.find(drill).version(), admin);
		assertThat(this.drillTypes.find(drill).standardRevision()).isEqualTo(2);
		log(session, recruit, drill, "4");

		assertThat(this.jdbc.queryForList(
				"select passed || ':' || standard_revision from drill_result where session_id = ? order by id",
				String.class, session))
			.as("the first keeps the pass of revision 1, the second is judged by revision 2")
			.containsExactly("true:1", "false:2");

		long version = this.jdbc.queryForObject("select version from drill_result where id = ?", Long.class, first);
		this.rangeLog.correctResult(session, first, new BigDecimal("4"), 5, "typed twice", version, admin);
		assertThat(this.jdbc.queryForObject("select passed from drill_result where id = ?", Boolean.class, first))
			.as("a correction is judged by the revision the result was logged under")
			.isTrue();

		TrainingRecord record = this.reports.trainingRecord(recruit, admin);
		assertThat(record.bests()).singleElement().satisfies((best) -> {
			assertThat(best.history()).extracting(TrainingRecord.Attempt::standardRevision).containsExactly(1, 2);
			assertThat(best.standards()).extracting((r) -> r.standard().minHits()).containsExactly(4, 5);
		});
		assertThat(this.mvc.get().uri("/recruits/{id}/training", recruit).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Standard v1", "Standard v2", "≥ 4 of 5 hits", "≥ 5 of 5 hits", "(standard v2)");

		MvcTestResult pdf = this.mvc.get().uri("/sessions/{id}/sheet.pdf", session).with(user(admin)).exchange();
		String sheet = new PdfTextExtractor(new PdfReader(pdf.getResponse().getContentAsByteArray()))
			.getTextFromPage(1);
		assertThat(sheet).contains("standard v1: ≥ 4 of 5 hits; standard v2: ≥ 5 of 5 hits");
		assertThat(this.drillTypes.revisions(List.of(drill))).hasSize(2);
	}

	private void log(long session, long recruit, long drill, String value) {
		this.rangeLog.recordCard(session, recruit, new CardEntry(AttendanceStatus.PRESENT,
				Map.of(drill, new BigDecimal(value)), Map.of(drill, 5), UUID.randomUUID()), this.data.admin());
	}

}
