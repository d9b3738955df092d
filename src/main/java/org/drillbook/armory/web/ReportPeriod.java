package org.drillbook.armory.web;

import java.time.LocalDate;

/**
 * The days an armory report covers: as asked, else the 30 days up to today.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = (to != null) ? to : today;
		return new ReportPeriod((from != null) ? from : end.minusDays(30), end);
	}

}
