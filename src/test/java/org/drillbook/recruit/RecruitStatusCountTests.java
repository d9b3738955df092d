package org.drillbook.recruit;

import java.util.EnumMap;
import java.util.Map;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's recruits by status come from counters the database keeps with the data;
 * whatever changes recruits (one by one through Drillbook, in bulk through SQL, a status
 * change, a deletion), the counters equal a count over every recruit.
 */
@DrillbookIntegrationTest
class RecruitStatusCountTests {

	@Autowired
	RecruitService recruits;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCountersFollowEveryChange() {
		long squad = this.data.unit(null);
		long one = this.data.recruit(squad);
		this.data.recruit(squad);
		assertThat(this.recruits.countByStatus()).isEqualTo(counted());

		this.recruits.changeStatus(one, RecruitStatus.IN_TRAINING, "passed the intake",
				this.recruits.details(one, DrillbookUser.SYSTEM).version(), DrillbookUser.SYSTEM);
		assertThat(this.recruits.countByStatus()).isEqualTo(counted());

		String prefix = TestData.unique("bulk").toLowerCase();
		this.jdbc.update("insert into recruit (id, call_sign, status, intake_date, created_at)"
				+ " select nextval('recruit_seq') + g, ? || g, case when g % 2 = 0 then 'DEPLOYED' else 'ON_LEAVE' end,"
				+ " current_date, now() from generate_series(1, 7) g", prefix);
		assertThat(this.recruits.countByStatus()).isEqualTo(counted());

		this.jdbc.update("update recruit set status = 'DISCHARGED' where call_sign like ? || '%'", prefix);
		assertThat(this.recruits.countByStatus()).isEqualTo(counted());

		this.jdbc.update("delete from recruit where call_sign like ? || '%'", prefix);
		assertThat(this.recruits.countByStatus()).isEqualTo(counted());
		assertThat(counted("select status, recruits as n from recruit_status_count"))
			.as("what the dashboard reads is the counters themselves")
			.isEqualTo(counted());
	}

	@Test
	void theRecruitsListCountsEveryoneFromTheCounters() {
		this.data.recruit(this.data.unit(null));
		Map<RecruitStatus, Long> counted = counted();
		org.springframework.data.domain.PageRequest page = org.springframework.data.domain.PageRequest.of(0, 5);
		assertThat(this.recruits.search(new RecruitFilter(null, null, null, null), page, DrillbookUser.SYSTEM)
			.getTotalElements()).isEqualTo(counted.values().stream().mapToLong(Long::longValue).sum());
		for (RecruitStatus status : RecruitStatus.values()) {
			assertThat(this.recruits.search(new RecruitFilter(null, status, null, null), page, DrillbookUser.SYSTEM)
				.getTotalElements()).as(status.name()).isEqualTo(counted.get(status));
		}
	}

	private Map<RecruitStatus, Long> counted() {
		return counted("select status, count(*) as n from recruit group by status");
	}

	private Map<RecruitStatus, Long> counted(String sql) {
		Map<RecruitStatus, Long> counts = new EnumMap<>(RecruitStatus.class);
		for (RecruitStatus status : RecruitStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.queryForList(sql)
			.forEach((row) -> counts.put(RecruitStatus.valueOf((String) row.get("status")), (Long) row.get("n")));
		return counts;
	}

}
