package org.drillbook.recruit;

import java.time.LocalDate;

/** A recruit in a list: call sign and training data, never identity. */
public record RecruitRow(long id, String callSign, RecruitStatus status, LocalDate intakeDate, Long unitId,
		String unitCode, Position position) {

}
