package org.drillbook.recruit.web;

import jakarta.persistence.EntityManagerFactory;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The recruits list and the roster run the same small number of SQL statements whether a
 * page shows 10 rows or 500, on a battalion of 5,000 recruits: no query per row; the
 * roster at most six.
 */
@DrillbookIntegrationTest
class PageQueryCountTests {

	private static final int RECRUITS = 5000;

	private static final long MAX_STATEMENTS = 8;

	/**
	 * The unit, its sub-units, the counts by status and the page of members, and a scope
	 * check.
	 */
	private static final long MAX_ROSTER_STATEMENTS = 6;

	private static Long battalion;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void battalionOf5000() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		if (battalion != null) {
			return;
		}
		battalion = this.data
			.battalion(RECRUITS, (i) -> (i % 3 == 0) ? RecruitStatus.IN_TRAINING : RecruitStatus.APPLICANT)
			.id();
	}

	@Test
	void recruitsListIsBounded() {
		DrillbookUser admin = this.data.admin();
		long small = statements("/recruits?size=10&unit=" + battalion, admin);
		long large = statements("/recruits?size=500&unit=" + battalion, admin);
		assertThat(large).isEqualTo(small).isBetween(2L, MAX_STATEMENTS);
	}

	@Test
	void rosterIsBounded() {
		DrillbookUser admin = this.data.admin();
		long small = statements("/units/" + battalion + "/roster?subunits=true&size=10", admin);
		long large = statements("/units/" + battalion + "/roster?subunits=true&size=500", admin);
		assertThat(large).isEqualTo(small).isBetween(2L, MAX_ROSTER_STATEMENTS);
		DrillbookUser instructor = this.data.instructor(battalion);
		assertThat(statements("/units/" + battalion + "/roster?subunits=true&size=500", instructor))
			.as("an instructor's roster, with the check that the unit is theirs")
			.isBetween(2L, MAX_ROSTER_STATEMENTS);
	}

	@Test
	void anInstructorsListIsBoundedToo() {
		DrillbookUser instructor = this.data.instructor(battalion);
		long small = statements("/recruits?size=10", instructor);
		long large = statements("/recruits?size=500", instructor);
		assertThat(large).isEqualTo(small).isBetween(2L, MAX_STATEMENTS);
	}

	private long statements(String uri, DrillbookUser who) {
		this.statistics.setStatisticsEnabled(true);
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(user(who))).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
