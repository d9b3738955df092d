package org.drillbook.session;

import java.time.Instant;
import java.util.Set;

/** What is planned: which unit, when, where, which drills, who leads and who assists. */
public record SessionPlan(Long unitId, Instant startsAt, String location, Set<Long> drillTypeIds, Long leadInstructorId,
		Set<Long> assistantIds) {

	public SessionPlan {
		drillTypeIds = (drillTypeIds != null) ? Set.copyOf(drillTypeIds) : Set.of();
		assistantIds = (assistantIds != null) ? Set.copyOf(assistantIds) : Set.of();
	}

}
