package org.drillbook.unit;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's number of units and the units list's page count come from a count the
 * database keeps with the data (V34); whatever changes units (through Drillbook, in bulk
 * through SQL, archiving, restoring, deleting), it equals a count over every unit.
 */
@DrillbookIntegrationTest
class UnitCountTests {

	@Autowired
	UnitService units;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCountFollowsEveryChange() {
		long battalion = this.data.unit(null);
		long company = this.data.unit(battalion);
		assertCounted();

		this.units.archive(company, this.units.details(company, DrillbookUser.SYSTEM).version(), DrillbookUser.SYSTEM);
		assertCounted();
		this.units.update(battalion, "Renamed", null, this.units.details(battalion, DrillbookUser.SYSTEM).version(),
				DrillbookUser.SYSTEM);
		assertCounted();
		this.units.restore(company, this.units.details(company, DrillbookUser.SYSTEM).version(), DrillbookUser.SYSTEM);
		assertCounted();

		String prefix = TestData.unique("B").toUpperCase();
		this.jdbc.update("insert into unit (id, code, name, archived, created_at, version, path)"
				+ " select nextval('unit_seq'), ? || g, 'Bulk', g % 3 = 0, now(), 0, array[? || g]"
				+ " from generate_series(1, 9) g", prefix, prefix);
		assertCounted();
		this.jdbc.update("update unit set archived = not archived where code like ? || '%'", prefix);
		assertCounted();
		this.jdbc.update("delete from unit where code like ? || '%'", prefix);
		assertCounted();
	}

	private void assertCounted() {
		long active = this.jdbc.queryForObject("select count(*) from unit where not archived", Long.class);
		long all = this.jdbc.queryForObject("select count(*) from unit", Long.class);
		assertThat(this.units.countActive()).as("active units on the dashboard").isEqualTo(active);
		assertThat(this.units.list(false, PageRequest.of(0, 5), DrillbookUser.SYSTEM).getTotalElements())
			.as("the units list's total")
			.isEqualTo(active);
		assertThat(this.units.list(true, PageRequest.of(0, 5), DrillbookUser.SYSTEM).getTotalElements())
			.as("the units list's total with archived units")
			.isEqualTo(all);
	}

}
