package org.drillbook.session;

public enum AttendanceStatus {

	PRESENT, LATE, EXCUSED, ABSENT;

	/** Whether the recruit took part, so that results may be entered. */
	public boolean tookPart() {
		return this == PRESENT || this == LATE;
	}

}
