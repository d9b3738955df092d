package org.drillbook.armory;

import java.util.List;

/** A weapon with its full history of issues, latest first. */
public record WeaponDetails(WeaponRow weapon, List<IssueRow> history, List<MaintenanceRow> maintenance,
		long roundsSinceMaintenance) {

	public IssueRow current() {
		return this.history.stream().filter(IssueRow::open).findFirst().orElse(null);
	}

}
