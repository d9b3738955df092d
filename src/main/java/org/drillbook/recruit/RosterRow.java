package org.drillbook.recruit;

import java.time.LocalDate;

/** A member of a roster on its day: call sign, unit, position, status; never identity. */
public record RosterRow(long recruitId, String callSign, RecruitStatus status, long unitId, String unitCode,
		Position position, LocalDate since) {

}
