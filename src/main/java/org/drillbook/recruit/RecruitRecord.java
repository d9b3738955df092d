package org.drillbook.recruit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything Drillbook holds about one recruit, for a subject-access export. */
public record RecruitRecord(long id, String callSign, RecruitStatus status, LocalDate intakeDate,
		IdentityDetails identity, List<StatusChangeRow> statusHistory, List<MembershipRow> memberships,
		Instant exportedAt, String exportedBy) {

	@Override
	public String toString() {
		return "RecruitRecord[" + this.id + "]";
	}

}
