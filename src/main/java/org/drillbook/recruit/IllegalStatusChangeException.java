package org.drillbook.recruit;

/** The lifecycle does not allow this change of status. */
public class IllegalStatusChangeException extends RuntimeException {

	public IllegalStatusChangeException(RecruitStatus from, RecruitStatus to) {
		super("A recruit cannot move from " + from + " to " + to);
	}

}
