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
 * the same however long the list is, the pager says "20+", and every page stays
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
	void aLongListIsCountedOnlyAThousandPastThePage() {
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
			.contains("Page 1 of 20+ (1,000+ in all)");
		assertThat(this.mvc.get()
			.uri("/sessions?past=true&unit={u}&page={p}&lang=en", unit, held / 50)
			.with(user(instructor))).hasStatusOk().bodyText().contains("Page 21 of 21 (1,010 in all)");

		this.jdbc.update("delete from drill_session where unit_id = ?", unit);
	}

	/**
	 * Each kind of list (every unit's sessions, a reader's units, one instructor's, a
	 * unit's) is counted by a statement of its own: each counts exactly the sessions its
	 * pages show. Pages of two rows, so that the first page is not the last and the count
	 * runs (but for the last case, which one row tells).
	 */
	@Test
	void everyKindOfListIsCountedAsItsPagesShow() {
		long company = this.data.unit(null);
		long platoon = this.data.unit(company);
		DrillbookUser reader = this.data.instructor(company);
		DrillbookUser x = this.data.instructor(platoon);
		DrillbookUser y = this.data.instructor(company);
		long s1 = session(platoon, -3, x);
		session(platoon, -2, x);
		session(platoon, -1, x);
		session(platoon, 1, x);
		session(platoon, 2, x);
		long s6 = session(company, -4, y);
		long s7 = session(company, 3, y);
		long s8 = session(company, 4, x);
		session(company, 5, y);
		for (long assisted : new long[] { s6, s7, s8 }) {
			this.jdbc.update("insert into drill_session_assistant (session_id, account_id) values (?, ?)", assisted,
					x.id());
		}
		this.jdbc.update("insert into drill_session_assistant (session_id, account_id) values (?, ?)", s1, y.id());

		assertThat(total(null, true, null, reader)).as("the reader's units, upcoming").isEqualTo(5);
		assertThat(total(null, false, null, reader)).as("the reader's units, past").isEqualTo(4);
		assertThat(total(null, true, x.id(), reader)).as("led or assisted by x, once each").isEqualTo(4);
		assertThat(total(null, false, x.id(), reader)).isEqualTo(4);
		assertThat(total(null, false, y.id(), reader)).as("y assists at s1").isEqualTo(2);
		assertThat(total(platoon, true, null, reader)).as("one unit").isEqualTo(2);
		assertThat(total(platoon, false, y.id(), reader)).isEqualTo(1);

		DrillbookUser admin = this.data.admin();
		assertThat(total(null, true, x.id(), admin)).as("every unit, x's").isEqualTo(4);
		assertThat(total(company, true, null, admin)).isEqualTo(5);
		for (boolean upcoming : new boolean[] { true, false }) {
			Long all = this.jdbc.queryForObject(
					"select count(*) from drill_session where starts_at " + (upcoming ? ">=" : "<") + " now()",
					Long.class);
			Page<SessionRow> page = this.sessions.list(null, upcoming, null, PageRequest.of(0, 2), admin);
			if (all <= CappedPage.COUNTED_AHEAD) {
				assertThat(page.getTotalElements()).as("every unit's sessions").isEqualTo(all);
			}
			else {
				assertThat(((CappedPage<?>) page).capped()).isTrue();
			}
		}
		this.jdbc.update("delete from drill_session where unit_id in (?, ?)", company, platoon);
	}

	private long session(long unit, int days, DrillbookUser lead) {
		Long id = this.jdbc.queryForObject("insert into drill_session (id, unit_id, starts_at, location, status,"
				+ " lead_instructor_id, created_at) values (nextval('drill_session_seq'), ?, now() + ? * interval '1 day',"
				+ " 'Range', 'PLANNED', ?, now()) returning id", Long.class, unit, days, lead.id());
		return id;
	}

	private long total(Long unit, boolean upcoming, Long instructor, DrillbookUser reader) {
		return this.sessions.list(unit, upcoming, instructor, PageRequest.of(0, 2), reader).getTotalElements();
	}

}
