package org.drillbook.qualification;

/**
 * Where a recruit stands with a qualification today; computed from results, never typed.
 */
public enum QualificationStatus {

	/** Every requirement met, valid beyond the warning window. */
	QUALIFIED,

	/** Every requirement met, but it lapses within the warning window. */
	EXPIRING,

	/** Every requirement was met once, at least one has lapsed since. */
	EXPIRED,

	/** At least one requirement has never been met. */
	NOT_YET;

	/** Whether the qualification is held today. */
	public boolean held() {
		return this == QUALIFIED || this == EXPIRING;
	}

}
