package org.drillbook.armory;

import java.util.List;

/** A weapon with its full history of issues, latest first. */
public record WeaponDetails(WeaponRow weapon, List<IssueRow> history, List<MaintenanceRow> maintenance,
		long roundsSinceMaintenance, WriteOff writeOff) {

	/**
	 * A weapon lost or decommissioned: when, why, by whom, and who held it last (null
	 * when nobody ever did).
	 */
	public record WriteOff(java.time.LocalDate on, String reason, String by, String lastHolder) {
	}

	/** The latest issue, open or not: for a lost weapon, its last holder. */
	public IssueRow latest() {
		return this.history.isEmpty() ? null : this.history.get(0);
	}

	public IssueRow current() {
		return this.history.stream().filter(IssueRow::open).findFirst().orElse(null);
	}

}
