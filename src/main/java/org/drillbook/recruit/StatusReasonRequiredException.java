package org.drillbook.recruit;

/**
 * A change of status needs a reason: the status history is where a commander reads why
 * someone was qualified, sent on leave or discharged.
 */
public class StatusReasonRequiredException extends RuntimeException {

	public StatusReasonRequiredException() {
		super("A change of status needs a reason");
	}

}
