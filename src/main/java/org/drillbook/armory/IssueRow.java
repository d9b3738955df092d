package org.drillbook.armory;

import java.time.Instant;

/** One issue of a weapon: to whom, by whom, when, and how it came back. */
public record IssueRow(long id, long weaponId, Long holderRecruitId, Long holderAccountId, String holder,
		Long sessionId, String issuedBy, Instant issuedAt, String returnedBy, Instant returnedAt,
		ReturnCondition returnCondition, String returnNotes, String overrideReason, String overriddenBy,
		String missingQualifications) {

	public boolean open() {
		return this.returnedAt == null;
	}

}
