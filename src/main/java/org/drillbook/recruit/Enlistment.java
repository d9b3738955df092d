package org.drillbook.recruit;

import java.time.LocalDate;

/**
 * A recruit to take in: call sign, intake date, the unit and position, and the status the
 * recruit has reached (walked through the lifecycle from APPLICANT).
 */
public record Enlistment(String callSign, LocalDate intakeDate, String unitCode, Position position,
		RecruitStatus status) {

}
