package org.drillbook.qualification;

/** How a requirement reads a recruit's attempts at its drill type. */
public enum QualificationRule {

	/** At least N passes within the window. */
	PASSES,

	/** The most recent attempt is a pass, within the window. */
	LAST_ATTEMPT

}
