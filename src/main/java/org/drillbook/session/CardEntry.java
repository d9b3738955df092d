package org.drillbook.session;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an instructor entered on one recruit's row in one submission: attendance (with the
 * reason when excused or absent), and for some drills a value (and rounds fired), or the
 * steps done of a checklist drill (their indexes). The submission key makes a repeat
 * harmless.
 */
public record CardEntry(AttendanceStatus attendance, AbsenceReason reason, String reasonNote,
		Map<Long, BigDecimal> values, Map<Long, Integer> rounds, Map<Long, Set<Integer>> steps, UUID submissionKey) {

	public CardEntry {
		values = (values != null) ? Map.copyOf(values) : Map.of();
		rounds = (rounds != null) ? Map.copyOf(rounds) : Map.of();
		steps = (steps != null) ? Map.copyOf(steps) : Map.of();
	}

	/** An entry without checklist steps. */
	public CardEntry(AttendanceStatus attendance, AbsenceReason reason, String reasonNote, Map<Long, BigDecimal> values,
			Map<Long, Integer> rounds, UUID submissionKey) {
		this(attendance, reason, reasonNote, values, rounds, Map.of(), submissionKey);
	}

	/** An entry of someone who came, or of results alone. */
	public CardEntry(AttendanceStatus attendance, Map<Long, BigDecimal> values, Map<Long, Integer> rounds,
			UUID submissionKey) {
		this(attendance, null, null, values, rounds, Map.of(), submissionKey);
	}

}
