package org.drillbook.instructor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.drillbook.drill.DrillCategory;
import org.drillbook.unit.UnitOption;

/** An instructor in a list or on their page. */
public record InstructorRow(long accountId, String username, String callSign, boolean enabled, Instant lastLoginAt,
		Set<DrillCategory> categories, List<UnitOption> units, long version) {

	public Set<Long> unitIds() {
		return this.units.stream().map(UnitOption::id).collect(java.util.stream.Collectors.toSet());
	}

}
