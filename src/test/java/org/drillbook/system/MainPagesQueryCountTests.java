package org.drillbook.system;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RecruitStatus;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every main page runs the same number of SQL statements (Hibernate's statistics) before
 * and after the data grows by a battalion of 400 recruits in 56 more units, with
 * sessions, results and weapons: what a page costs in statements depends on what it
 * shows, never on how much the database holds. Pages that grow with a unit (the roster, a
 * unit's readiness) are measured at two sizes of the unit in their own tests.
 */
@DrillbookIntegrationTest
class MainPagesQueryCountTests {

	private static final long MAX_STATEMENTS = 20;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyMainPageRunsAsManyStatementsWhateverTheDatabaseHolds() {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.data.drillType();
		long session = this.data.signedOffSession(unit, this.data.today().minusDays(1), drill,
				Map.of(recruit, BigDecimal.ONE));
		long weapon = this.data.weapon();
		// a session today, so that "today and tomorrow" is not empty at either size
		this.data.openSession(unit, drill);
		List<String> pages = List.of("/", "/recruits", "/recruits/" + recruit, "/recruits/" + recruit + "/training",
				"/units", "/units/" + unit, "/units/" + unit + "/roster", "/sessions", "/sessions/" + session,
				"/drills", "/armory", "/armory/" + weapon, "/readiness", "/readiness/units/" + unit,
				"/readiness/expiring");
		Map<String, Long> small = statements(pages, admin);

		TestData.Battalion battalion = this.data.battalion(400, (i) -> RecruitStatus.IN_TRAINING);
		for (int i = 0; i < 5; i++) {
			this.data.weapon();
			this.data.openSession(battalion.squadIds().get(i), drill);
		}
		long member = this.data.recruit(battalion.squadIds().get(0));
		this.data.signedOffSession(battalion.squadIds().get(0), this.data.today().minusDays(2), drill,
				Map.of(member, BigDecimal.ONE));
		Map<String, Long> large = statements(pages, admin);

		assertThat(large).isEqualTo(small);
		small.forEach((page, count) -> assertThat(count).as(page).isBetween(1L, MAX_STATEMENTS));
	}

	private Map<String, Long> statements(List<String> pages, DrillbookUser who) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : pages) {
			// once to fill what is cached, then counted
			assertThat(this.mvc.get().uri(page).with(user(who))).as(page).hasStatusOk();
			statistics.setStatisticsEnabled(true);
			statistics.clear();
			assertThat(this.mvc.get().uri(page).with(user(who))).as(page).hasStatusOk();
			counts.put(page, statistics.getPrepareStatementCount());
		}
		return counts;
	}

}
