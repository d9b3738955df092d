package org.drillbook.demo;

import java.time.Clock;

import org.drillbook.account.AccountService;
import org.drillbook.account.InitialAdminProperties;
import org.drillbook.dashboard.Dashboard;
import org.drillbook.dashboard.DashboardService;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@DrillbookIntegrationTest
class DemoDataSeederTests {

	@Autowired
	AccountService accounts;

	@Autowired
	UnitService units;

	@Autowired
	RecruitService recruits;

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	DashboardService dashboards;

	@Autowired
	org.drillbook.instructor.InstructorService instructors;

	@Autowired
	org.drillbook.session.SessionService sessions;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	org.drillbook.qualification.QualificationService qualifications;

	@Autowired
	org.drillbook.qualification.ReadinessService readiness;

	@Test
	void seedsABattalionOnceAndARestartAddsNothing() {
		Dashboard before = this.dashboards.dashboard();
		DemoDataSeeder seeder = new DemoDataSeeder(new DemoProperties(true, 60, 7L),
				new InitialAdminProperties(null, null), this.accounts, this.units, this.recruits, this.drillTypes,
				this.instructors, this.sessions, this.qualifications, this.transactionManager, Clock.systemUTC());
		seeder.run(null);
		Dashboard seeded = this.dashboards.dashboard();
		assertThat(seeded.activeUnits() - before.activeUnits()).isEqualTo(1 + 3 + 9 + 27);
		assertThat(seeded.recruits() - before.recruits()).isEqualTo(60);
		assertThat(seeded.activeDrillTypes()).isGreaterThanOrEqualTo(10);
		assertThat(this.accounts.exists("grom")).isTrue();
		assertThat(this.accounts.exists("arsenal")).isTrue();

		long sessionsSeeded = this.jdbc.queryForObject("select count(*) from drill_session", Long.class);
		assertThat(sessionsSeeded).isGreaterThanOrEqualTo(9 * 6);
		assertThat(this.jdbc.queryForObject("select count(*) from drill_result", Long.class)).isPositive();

		assertThat(this.qualifications.exists("Basic rifle")).isTrue();
		long battalion = this.units.reference(DemoDataSeeder.BATTALION).getId();
		assertThat(this.qualifications.requiredOf(battalion, org.drillbook.account.DrillbookUser.SYSTEM).own())
			.hasSize(2);
		var readiness = this.readiness.ofUnit(battalion, org.drillbook.account.DrillbookUser.SYSTEM);
		assertThat(readiness.members()).isPositive();
		assertThat(readiness.qualifications()).anySatisfy((q) -> assertThat(q.share().held()).isPositive());
		long qualificationsSeeded = this.jdbc.queryForObject("select count(*) from qualification", Long.class);

		seeder.run(null);
		assertThat(this.dashboards.dashboard()).isEqualTo(seeded);
		assertThat(this.jdbc.queryForObject("select count(*) from qualification", Long.class))
			.isEqualTo(qualificationsSeeded);
		assertThat(this.jdbc.queryForObject("select count(*) from drill_session", Long.class))
			.isEqualTo(sessionsSeeded);
	}

}
