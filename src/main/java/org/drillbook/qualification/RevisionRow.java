package org.drillbook.qualification;

import java.time.Instant;
import java.util.List;

/** One revision of a qualification: who changed it, when, why, and what it required. */
public record RevisionRow(int revision, String reason, String changedBy, Instant changedAt,
		List<RequirementRow> requirements) {

}
