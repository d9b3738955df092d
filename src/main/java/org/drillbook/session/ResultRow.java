package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recorded attempt; {@code correctedBy} is set once it was corrected;
 * {@code standardRevision} is the revision of the drill's standard that judged it;
 * {@code stepsDone} the indexes of a checklist's steps done.
 */
public record ResultRow(long id, long recruitId, long drillTypeId, BigDecimal value, Integer roundsFired,
		boolean passed, String recordedBy, Instant recordedAt, String correctedBy, long version, int standardRevision,
		java.util.Set<Integer> stepsDone) {

	public ResultRow {
		stepsDone = (stepsDone != null) ? java.util.Set.copyOf(stepsDone) : java.util.Set.of();
	}

	/** The steps done as the database keeps them ("0,1,3"). */
	public static java.util.Set<Integer> steps(String stored) {
		if (stored == null || stored.isBlank()) {
			return java.util.Set.of();
		}
		return java.util.Arrays.stream(stored.split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.collect(java.util.stream.Collectors.toSet());
	}

}
