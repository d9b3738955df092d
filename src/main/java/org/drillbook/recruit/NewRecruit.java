package org.drillbook.recruit;

import java.time.LocalDate;

/** A recruit to take in by hand; unit and position may be left for later. */
public record NewRecruit(String callSign, LocalDate intakeDate, Long unitId, Position position,
		IdentityDetails identity) {

}
