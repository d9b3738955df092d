package org.drillbook.qualification.web;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.QualificationDefinition;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.QualificationService;
import org.drillbook.qualification.Requirement;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Readiness pages run the same few SQL statements for a unit of one recruit as for a
 * battalion of 5,000 with twelve weeks of signed-off results: the status of everyone is
 * computed from one set-based query, not a loop over recruits.
 */
@DrillbookIntegrationTest
class ReadinessQueryCountTests {

	private static final int RECRUITS = 5000;

	private static final long MAX_STATEMENTS = 12;

	private static Long battalion;

	private static Long platoon;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	QualificationService qualifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void battalionOf5000WithResults() {
		if (battalion != null) {
			return;
		}
		DrillbookUser admin = this.data.admin();
		TestData.Battalion created = this.data.battalion(RECRUITS, (i) -> RecruitStatus.IN_TRAINING);
		long root = created.id();
		List<Long> squadIds = created.squadIds();
		long rifle = this.data.drillType();
		long aid = this.data.drillType();
		long tactics = this.data.drillType();
		this.qualifications.define(new QualificationDefinition(TestData.unique("Rifle "), null,
				List.of(new Requirement(rifle, QualificationRule.PASSES, 2, 120))), admin);
		this.qualifications.define(new QualificationDefinition(TestData.unique("Aid "), null,
				List.of(new Requirement(aid, QualificationRule.LAST_ATTEMPT, 1, 60),
						new Requirement(rifle, QualificationRule.PASSES, 1, 365))),
				admin);
		this.qualifications.define(new QualificationDefinition(TestData.unique("Tactics "), null,
				List.of(new Requirement(tactics, QualificationRule.PASSES, 3, 365))), admin);
		// twelve weekly signed-off sessions per squad, each with an attempt of every
		// member at
		// every drill, passing about two times in three
		for (long squad : squadIds) {
			this.jdbc.update(
					"""
							insert into drill_session (id, unit_id, starts_at, location, status, lead_instructor_id, created_at)
							select nextval('drill_session_seq'), ?, now() - make_interval(weeks => w), 'Range', 'SIGNED_OFF', ?, now()
							from generate_series(1, 12) w
							""",
					squad, admin.id());
		}
		this.jdbc.update(
				"""
						insert into drill_result (id, session_id, recruit_id, drill_type_id, measured_value, passed, recorded_by,
						                          recorded_at, submission_key)
						select nextval('drill_result_seq'), s.id, m.recruit_id, d.id, 1, (m.recruit_id + s.id + d.id) % 3 <> 0,
						       'test', s.starts_at, gen_random_uuid()
						from drill_session s
						join membership m on m.unit_id = s.unit_id and m.valid_to is null
						cross join (select unnest(array[?, ?, ?]::bigint[]) as id) d
						where s.unit_id = any(?)
						""",
				rifle, aid, tactics, squadIds.toArray(Long[]::new));
		long small = this.data.unit(null);
		this.data.recruit(small);
		platoon = small;
		battalion = root;
	}

	@Test
	void aUnitsReadinessIsBounded() {
		DrillbookUser admin = this.data.admin();
		assertThat(statements("/readiness/units/" + battalion, admin))
			.isEqualTo(statements("/readiness/units/" + platoon, admin))
			.isBetween(3L, MAX_STATEMENTS);
		assertThat(this.mvc.get().uri("/readiness/units/" + battalion).with(user(admin))).bodyText().contains("/5000)");
	}

	@Test
	void theOverviewTheListsAndTheAlertsAreBounded() {
		DrillbookUser admin = this.data.admin();
		DrillbookUser instructor = this.data.instructor(battalion);
		assertThat(statements("/readiness", admin)).isBetween(3L, MAX_STATEMENTS);
		assertThat(statements("/readiness", instructor)).isBetween(3L, MAX_STATEMENTS);
		long qualification = this.jdbc.queryForObject("select max(id) from qualification", Long.class);
		assertThat(
				statements("/readiness/units/" + battalion + "/qualifications/" + qualification + "?list=ALL", admin))
			.isEqualTo(
					statements("/readiness/units/" + platoon + "/qualifications/" + qualification + "?list=ALL", admin))
			.isBetween(3L, MAX_STATEMENTS);
		assertThat(statements("/readiness/expiring", instructor)).isBetween(3L, MAX_STATEMENTS);
	}

	private long statements(String uri, DrillbookUser who) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(user(who))).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
