package org.drillbook.recruit;

import java.util.List;

/**
 * Tells which of the qualifications required by a recruit's unit (and the units above it)
 * the recruit does not hold today. A recruit moves to QUALIFIED only when none is
 * missing, or with an admin's recorded override.
 */
public interface QualificationCheck {

	/** Names of the required qualifications the recruit does not hold today. */
	List<String> missingFor(long recruitId);

}
