package org.drillbook.recruit;

import java.time.LocalDate;

/** One membership of a recruit's unit history; {@code validTo} is null while current. */
public record MembershipRow(long unitId, String unitCode, String unitName, Position position, LocalDate validFrom,
		LocalDate validTo) {

	public boolean current() {
		return this.validTo == null;
	}

}
