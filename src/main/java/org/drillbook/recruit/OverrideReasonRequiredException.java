package org.drillbook.recruit;

/** An override of missing qualifications needs a reason. */
public class OverrideReasonRequiredException extends RuntimeException {

	public OverrideReasonRequiredException() {
		super("An override needs a reason");
	}

}
