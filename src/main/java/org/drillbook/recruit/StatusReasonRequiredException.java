package org.drillbook.recruit;

import org.drillbook.refusal.Refusal;

/**
 * A change of status needs a reason: the status history is where a commander reads why
 * someone was qualified, sent on leave or discharged.
 */
public class StatusReasonRequiredException extends Refusal {

	public StatusReasonRequiredException() {
		super("recruit.status.error.reasonRequired", null, "reason");
	}

}
