package org.drillbook.recruit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.internal.RecruitQueries;
import org.drillbook.system.DrillbookIntegrationTest;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's roster of a unit with its sub-units counts by status from counts kept with the
 * data (V33); through status changes, transfers (one dated next week) and a unit's move,
 * they equal a count over the members on the day.
 */
@DrillbookIntegrationTest
class RosterCountsTests {

	@Autowired
	RosterService rosters;

	@Autowired
	RecruitService recruits;

	@Autowired
	RecruitQueries queries;

	@Autowired
	UnitService units;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void todaysCountsFollowEveryChange() {
		DrillbookUser admin = this.data.admin();
		LocalDate today = this.data.today();
		long battalion = this.data.unit(null);
		long alpha = this.data.unit(battalion);
		long bravo = this.data.unit(battalion);
		long squad = this.data.unit(alpha);
		long r1 = this.data.recruit(squad);
		long r2 = this.data.recruit(squad);
		long r3 = this.data.recruit(squad);
		this.data.recruit(bravo);
		List<Long> all = List.of(battalion, alpha, bravo, squad);
		assertCountsAsOfToday(all, today);

		this.recruits.changeStatus(r1, RecruitStatus.IN_TRAINING, "passed the intake", version(r1), admin);
		this.recruits.changeStatus(r2, RecruitStatus.DISCHARGED, "left", version(r2), admin);
		assertCountsAsOfToday(all, today);

		this.rosters.transfer(r1, bravo, Position.MEMBER, today, version(r1), admin);
		this.rosters.transfer(r3, bravo, Position.MEDIC, today.plusDays(7), version(r3), admin);
		assertCountsAsOfToday(all, today);
		assertThat(this.rosters.roster(squad, today, true, PageRequest.of(0, 10), admin).countsByStatus())
			.containsEntry(RecruitStatus.APPLICANT, 1L)
			.containsEntry(RecruitStatus.DISCHARGED, 1L);

		this.units.update(squad, "Moved squad", bravo,
				this.jdbc.queryForObject("select version from unit where id = ?", Long.class, squad), admin);
		assertCountsAsOfToday(all, today);
		assertThat(this.rosters.roster(alpha, today, true, PageRequest.of(0, 10), admin).countsByStatus().values())
			.allMatch((n) -> n == 0);
		assertThat(this.rosters.roster(bravo, today, true, PageRequest.of(0, 10), admin).countsByStatus())
			.containsEntry(RecruitStatus.IN_TRAINING, 1L)
			.containsEntry(RecruitStatus.DISCHARGED, 1L)
			.containsEntry(RecruitStatus.APPLICANT, 2L);
	}

	private void assertCountsAsOfToday(List<Long> units, LocalDate today) {
		for (long unit : units) {
			String code = this.jdbc.queryForObject("select code from unit where id = ?", String.class, unit);
			RecruitQueries.RosterUnits covered = new RecruitQueries.RosterUnits(unit, code, true);
			Map<RecruitStatus, Long> counted = this.queries.rosterCounts(covered, today);
			assertThat(this.queries.rosterCountsToday(covered, today)).as(code).isEqualTo(counted);
			assertThat(
					this.rosters.roster(unit, today, true, PageRequest.of(0, 10), this.data.admin()).countsByStatus())
				.as(code)
				.isEqualTo(counted);
		}
	}

	private long version(long recruit) {
		return this.recruits.details(recruit, DrillbookUser.SYSTEM).version();
	}

}
