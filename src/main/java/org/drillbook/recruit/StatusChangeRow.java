package org.drillbook.recruit;

import java.time.Instant;

/**
 * One step of a recruit's status history; {@code overrideMissing} names the required
 * qualifications an admin's override went past, or is null.
 */
public record StatusChangeRow(RecruitStatus from, RecruitStatus to, String reason, String changedBy, Instant changedAt,
		String overrideMissing) {

}
