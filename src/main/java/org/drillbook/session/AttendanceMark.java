package org.drillbook.session;

/**
 * Whether a recruit came to a session and, if excused or absent, why (a reason, and a
 * note for OTHER).
 */
public record AttendanceMark(AttendanceStatus status, AbsenceReason reason, String note) {

}
