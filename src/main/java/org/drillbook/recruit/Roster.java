package org.drillbook.recruit;

import java.time.LocalDate;
import java.util.Map;

import org.drillbook.unit.UnitSummary;

import org.springframework.data.domain.Page;

/** The members of a unit (and maybe its sub-units) on a day, with counts by status. */
public record Roster(UnitSummary unit, LocalDate asOf, boolean includeSubunits, Page<RosterRow> members,
		Map<RecruitStatus, Long> countsByStatus) {

	public long total() {
		return this.countsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}

}
