package org.drillbook.recruit;

import java.time.Instant;

/** One step of a recruit's status history. */
public record StatusChangeRow(RecruitStatus from, RecruitStatus to, String reason, String changedBy,
		Instant changedAt) {

}
