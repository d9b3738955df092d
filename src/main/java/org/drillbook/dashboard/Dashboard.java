package org.drillbook.dashboard;

import java.util.Map;

import org.drillbook.account.Role;
import org.drillbook.recruit.RecruitStatus;

/** The counts the dashboard shows, all read from the database. */
public record Dashboard(long activeUnits, Map<RecruitStatus, Long> recruitsByStatus, Map<Role, Long> accountsByRole,
		long activeDrillTypes, boolean secondFactorEnforced) {

	public long recruits() {
		return this.recruitsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Recruits who are still on the books: everyone but the discharged. */
	public long activeRecruits() {
		return recruits() - this.recruitsByStatus.getOrDefault(RecruitStatus.DISCHARGED, 0L);
	}

	public long inTraining() {
		return this.recruitsByStatus.getOrDefault(RecruitStatus.IN_TRAINING, 0L);
	}

}
