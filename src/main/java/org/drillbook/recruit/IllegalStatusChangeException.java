package org.drillbook.recruit;

import org.drillbook.refusal.Refusal;

/** The lifecycle does not allow this change of status. */
public class IllegalStatusChangeException extends Refusal {

	public IllegalStatusChangeException(RecruitStatus from, RecruitStatus to) {
		super("recruit.status.error.notAllowed", null, "status");
	}

}
