package org.drillbook.armory;

/**
 * A session's planned rounds for one drill: attempts × rounds per attempt × expected
 * attendees, of one caliber.
 */
public record RoundsPlanLine(long drillTypeId, String drill, String caliber, int attempts, int roundsPerAttempt,
		int attendees) {

	public long planned() {
		return (long) this.attempts * this.roundsPerAttempt * this.attendees;
	}

}
