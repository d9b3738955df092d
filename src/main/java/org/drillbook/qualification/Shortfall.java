package org.drillbook.qualification;

import java.time.LocalDate;

/**
 * A requirement not met today, and why.
 *
 * @param requirement the requirement
 * @param drillName the drill type's name
 * @param passesWithin passes within the window so far
 * @param lastAttemptFailed whether the most recent attempt was not a pass
 * @param lapsedAfter the last day it held, when it held once; null when it never did
 */
public record Shortfall(Requirement requirement, String drillName, int passesWithin, boolean lastAttemptFailed,
		LocalDate lapsedAfter) {

}
