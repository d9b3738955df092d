package org.drillbook.session.web;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionService;
import org.drillbook.paging.CappedPage;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The sessions list grows by every session ever held (a brigade's year is 150,000), so it
 * counts only {@value CappedPage#COUNTED_AHEAD} sessions past the page: the count costs
 * the same however long the list is, the pager says "100+", and every page stays
 * reachable, up to the last one, which is counted exactly.
 */
@DrillbookIntegrationTest
class SessionListCountTests {

	@Autowired
	SessionService sessions;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aLongListIsCountedOnlyFiveThousandPastThePage() {
		long unit = this.data.unit(null);
		DrillbookUser instructor = this.data.instructor(unit);
		int held = CappedPage.COUNTED_AHEAD + 10;
		this.jdbc.update("insert into drill_session (id, unit_id, starts_at, location, status, lead_instructor_id,"
				+ " created_at) select nextval('drill_session_seq'), ?, now() - interval '3 days' - g * interval '1 hour',"
				+ " 'Range ' || g," + " 'PLANNED', ?, now() from generate_series(1, ?) g", unit, instructor.id(), held);

		Page<SessionRow> first = this.sessions.list(unit, false, null, PageRequest.of(0, 50), instructor);
		assertThat(first.getContent()).hasSize(50);
		assertThat(first.getContent().get(0).location()).isEqualTo("Range 1");
		assertThat(first).isInstanceOfSatisfying(CappedPage.class, (page) -> {
			assertThat(page.capped()).isTrue();
			assertThat(page.shownTotal()).isEqualTo(CappedPage.COUNTED_AHEAD);
			assertThat(page.shownPages()).isEqualTo(CappedPage.COUNTED_AHEAD / 50);
		});
		assertThat(first.isLast()).isFalse();

		Page<SessionRow> last = this.sessions.list(unit, false, null, PageRequest.of(held / 50, 50), instructor);
		assertThat(last.getContent()).hasSize(held % 50);
		assertThat(last.getContent().get(held % 50 - 1).location()).isEqualTo("Range " + held);
		assertThat(last.isLast()).isTrue();
		assertThat(last.getTotalElements()).as("counted exactly near the end").isEqualTo(held);
		assertThat(((CappedPage<?>) last).capped()).isFalse();

		Page<SessionRow> beyond = this.sessions.list(unit, false, null, PageRequest.of(held / 50 + 3, 50), instructor);
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).as("a page past the end still knows the total").isEqualTo(held);

		Page<SessionRow> upcoming = this.sessions.list(unit, true, null, PageRequest.of(0, 50), instructor);
		assertThat(upcoming.getTotalElements()).isZero();

		assertThat(this.mvc.get().uri("/sessions?past=true&unit={u}&lang=en", unit).with(user(instructor)))
			.hasStatusOk()
			.bodyText()
			.contains("Page 1 of 100+ (5,000+ in all)");
		assertThat(this.mvc.get()
			.uri("/sessions?past=true&unit={u}&page={p}&lang=en", unit, held / 50)
			.with(user(instructor))).hasStatusOk().bodyText().contains("Page 101 of 101 (5,010 in all)");

		this.jdbc.update("delete from drill_session where unit_id = ?", unit);
	}

}
