package org.drillbook.recruit;

import java.time.LocalDate;

/**
 * A recruit to take in: call sign, intake date, identity, the unit and position, and the
 * status the recruit has reached (walked through the lifecycle from APPLICANT).
 */
public record Enlistment(String callSign, LocalDate intakeDate, IdentityDetails identity, String unitCode,
		Position position, RecruitStatus status) {

	public Enlistment(String callSign, LocalDate intakeDate, String unitCode, Position position, RecruitStatus status) {
		this(callSign, intakeDate, IdentityDetails.EMPTY, unitCode, position, status);
	}

}
