package org.drillbook.session.web;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.drillbook.SequenceFetches;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.session.RangeSheetService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The range log runs a bounded number of statements, counted with Hibernate statistics,
 * whatever the size of the session: opening the sheet and saving a row, for a 30-recruit
 * squad and a 500-recruit battalion.
 */
@DrillbookIntegrationTest
class RangeLogQueryCountTests {

	/**
	 * The most statements opening the sheet or saving one row may run, leaving out the
	 * one in fifty inserts that fetches the next block of ids ({@link SequenceFetches}).
	 * A save is 9: the session and the reader's check (2), holding the entry's key so
	 * that the same entry sent twice at once is recorded once (1), the row, its drills,
	 * attendance and the attempts (4), and the audit (2).
	 */
	static final long BUDGET = 9;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theSheetAndARowSaveStayWithinTheBudgetAtAnySize() throws Exception {
		DrillbookUser admin = this.data.admin();
		long squad = this.data.unit(null);
		long firstOfSquad = this.data.recruit(squad);
		for (int i = 1; i < 30; i++) {
			this.data.recruit(squad);
		}
		long drill = this.data.drillType();
		long small = this.data.openSession(squad, drill);
		TestData.Battalion battalion = this.data.battalion(500, (i) -> RecruitStatus.IN_TRAINING);
		long big = this.data.openSession(battalion.id(), drill);

		// the instructors of the squad and of the battalion, who log them
		DrillbookUser squadInstructor = this.data.instructor(squad);
		DrillbookUser battalionInstructor = this.data.instructor(battalion.id());
		save(small, firstOfSquad, drill, admin); // the first save after start fetches
													// blocks of ids
		long openSmall = statements(
				() -> this.mvc.get().uri("/sessions/{s}/log", small).with(user(squadInstructor)).exchange());
		long openBig = statements(
				() -> this.mvc.get().uri("/sessions/{s}/log", big).with(user(battalionInstructor)).exchange());
		long saveSmall = statements(() -> save(small, firstOfSquad, drill, squadInstructor));
		long bigRecruit = firstRecruitOf(big, admin);
		long saveBig = statements(() -> save(big, bigRecruit, drill, battalionInstructor));
		String bigPage = this.mvc.get()
			.uri("/sessions/{s}/log", big)
			.with(user(battalionInstructor))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(bigPage.split("<li class=\"log-row", -1)).as("rows on the first page of 500")
			.hasSize(RangeSheetService.PAGE_SIZE + 1);
		assertThat(bigPage).contains("id=\"sheetPages\"", "page=12", "Logged 1 of 500");
		System.out.println("range log statements: sheet " + openSmall + " (30) / " + openBig + " (500), row save "
				+ saveSmall + " (30) / " + saveBig + " (500)");
		assertThat(openSmall).as("opening a 30-recruit sheet").isLessThanOrEqualTo(BUDGET);
		assertThat(openBig).as("opening a 500-recruit sheet").isLessThanOrEqualTo(BUDGET);
		assertThat(saveSmall).as("saving a row of a 30-recruit sheet").isLessThanOrEqualTo(BUDGET);
		assertThat(saveBig).as("saving a row of a 500-recruit sheet").isLessThanOrEqualTo(BUDGET);
	}

	private MvcTestResult save(long session, long recruit, long drill, DrillbookUser who) {
		MvcTestResult result = this.mvc.post()
			.uri("/sessions/{s}/recruits/{r}", session, recruit)
			.header("HX-Request", "true")
			.with(user(who))
			.with(csrf())
			.param("submissionKey", UUID.randomUUID().toString())
			.param("attendance", "PRESENT")
			.param("v" + drill, "1")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("id=\"r" + recruit + "\"", "text-bg-success");
		return result;
	}

	private long firstRecruitOf(long session, DrillbookUser who) throws Exception {
		String page = this.mvc.get()
			.uri("/sessions/{s}/log", session)
			.with(user(who))
			.exchange()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("id=\"r(\\d+)\"").matcher(page);
		assertThat(row.find()).isTrue();
		return Long.parseLong(row.group(1));
	}

	private long statements(java.util.function.Supplier<MvcTestResult> request) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		long fetches = SequenceFetches.count();
		assertThat(request.get()).hasStatusOk();
		return statistics.getPrepareStatementCount() - (SequenceFetches.count() - fetches);
	}

}
