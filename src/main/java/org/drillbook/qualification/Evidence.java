package org.drillbook.qualification;

import java.time.LocalDate;

/**
 * What a recruit's results of signed-off sessions say about one requirement.
 *
 * @param requirement the requirement
 * @param nthPassDay the day of the N-th most recent pass (N = the requirement's passes),
 * or null with fewer passes
 * @param lastDay the day of the most recent attempt, or null without any
 * @param lastPassed whether that attempt was a pass
 * @param passesWithin passes within the requirement's window, counted back from today
 */
public record Evidence(Requirement requirement, LocalDate nthPassDay, LocalDate lastDay, boolean lastPassed,
		int passesWithin) {

	/**
	 * The last day on which the requirement holds, from the attempts recorded so far;
	 * null when it was never met. An attempt on day t counts through day t + D.
	 */
	public LocalDate validUntil() {
		LocalDate evidence = switch (this.requirement.rule()) {
			case PASSES -> this.nthPassDay;
			case LAST_ATTEMPT -> this.lastPassed ? this.lastDay : null;
		};
		return (evidence != null) ? evidence.plusDays(this.requirement.windowDays()) : null;
	}

	public boolean metOn(LocalDate day) {
		LocalDate until = validUntil();
		return until != null && !day.isAfter(until);
	}

}
