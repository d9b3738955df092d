package org.drillbook.recruit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One recruit for their page. {@code identity} is null unless the reader is an admin;
 * {@code nextStatuses} are the changes the lifecycle allows from here.
 */
public record RecruitDetails(long id, String callSign, RecruitStatus status, LocalDate intakeDate,
		MembershipRow currentMembership, IdentityDetails identity, Set<RecruitStatus> nextStatuses,
		List<StatusChangeRow> statusHistory, List<MembershipRow> memberships, long version) {

	/** Whether the lifecycle allows a move to QUALIFIED from here. */
	public boolean mayBecomeQualified() {
		return this.nextStatuses.contains(RecruitStatus.QUALIFIED);
	}

	public boolean identityVisible() {
		return this.identity != null;
	}

}
