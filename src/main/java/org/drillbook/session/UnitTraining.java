package org.drillbook.session;

import java.time.LocalDate;
import java.util.List;

/** A unit's training over a period: attendance and the pass rate per drill. */
public record UnitTraining(long unitId, String unitCode, String unitName, LocalDate from, LocalDate to, long marks,
		long attended, List<PassRate> drills, List<Absences> absences) {

	/**
	 * How many were excused or absent for one reason; no reason for marks made before
	 * reasons were asked.
	 */
	public record Absences(AttendanceStatus status, AbsenceReason reason, long count) {

	}

	public int attendanceRate() {
		return (this.marks == 0) ? 0 : Math.round(100f * this.attended / this.marks);
	}

	/** Attempts and passes at one drill. */
	public record PassRate(long drillTypeId, String drill, long attempts, long passes) {

		public int rate() {
			return (this.attempts == 0) ? 0 : Math.round(100f * this.passes / this.attempts);
		}

	}

	/** The chart's data as "drill=rate" pairs. */
	public String series() {
		return String.join(";", this.drills.stream().map((d) -> d.drill().replace(";", ",") + "=" + d.rate()).toList());
	}

}
