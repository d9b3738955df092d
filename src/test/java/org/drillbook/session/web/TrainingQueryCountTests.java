package org.drillbook.session.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.SessionService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Training pages run the same statements for one session as for many: no query per
 * session or row.
 */
@DrillbookIntegrationTest
class TrainingQueryCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	org.drillbook.session.RangeLogService rangeLog;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void recordsAndUnitPagesAreBounded() {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.data.drillType();
		session(unit, recruit, drill, admin);
		long few = statements("/recruits/" + recruit + "/training", admin);
		long fewUnit = statements("/units/" + unit + "/training", admin);
		for (int i = 0; i < 6; i++) {
			session(unit, recruit, this.data.drillType(), admin);
		}
		assertThat(statements("/recruits/" + recruit + "/training", admin)).isEqualTo(few).isBetween(3L, 12L);
		assertThat(statements("/units/" + unit + "/training", admin)).isEqualTo(fewUnit).isBetween(3L, 12L);
	}

	private void session(long unit, long recruit, long drill, DrillbookUser admin) {
		long id = this.data.openSession(unit, drill);
		this.rangeLog.recordCard(id, recruit,
				new CardEntry(AttendanceStatus.PRESENT, Map.of(drill, BigDecimal.ONE), null, UUID.randomUUID()), admin);
	}

	private long statements(String uri, DrillbookUser who) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(user(who))).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
