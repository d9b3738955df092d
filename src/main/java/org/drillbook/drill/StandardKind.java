package org.drillbook.drill;

/** How a drill type decides a pass. */
public enum StandardKind {

	/** The instructor records pass or fail. */
	PASS_FAIL,
	/** Points out of a maximum; a pass at or above the pass mark. */
	POINTS,
	/** Seconds; a pass at or under the limit. */
	TIME,
	/** Hits out of rounds fired; a pass at or above the minimum of hits. */
	HITS,
	/**
	 * An observation checklist: a pass when every critical step is done and at least the
	 * pass share of all steps.
	 */
	CHECKLIST

}
