package org.drillbook.system;

import java.time.LocalDate;
import java.time.Period;

/**
 * The days a date of each kind may fall on, counted from today, so that a typing slip
 * (9999-12-31, a birth year of 0001) is refused on forms and in imports alike. The README
 * lists them.
 */
public enum PlausibleDates {

	/** Someone between 16 and 80 years old. */
	BIRTH(Period.ofYears(-80), Period.ofYears(-16)),

	/** Taken in within the last 20 years, not in the future. */
	INTAKE(Period.ofYears(-20), Period.ZERO),

	/** A transfer or membership day: within the last 20 years or the coming year. */
	MEMBERSHIP(Period.ofYears(-20), Period.ofYears(1)),

	/** A drill session: within the last 5 years or the coming 2. */
	SESSION(Period.ofYears(-5), Period.ofYears(2)),

	/** Maintenance done within the last 20 years, not in the future. */
	MAINTENANCE(Period.ofYears(-20), Period.ZERO);

	private final Period earliest;

	private final Period latest;

	PlausibleDates(Period earliest, Period latest) {
		this.earliest = earliest;
		this.latest = latest;
	}

	public LocalDate earliest(LocalDate today) {
		return today.plus(this.earliest);
	}

	public LocalDate latest(LocalDate today) {
		return today.plus(this.latest);
	}

	public boolean contains(LocalDate date, LocalDate today) {
		return !date.isBefore(earliest(today)) && !date.isAfter(latest(today));
	}

}
