package org.drillbook.session;

/**
 * Whether a recruit came to a session and, if excused or absent, why (a reason, and a
 * note for OTHER). Marks made before reasons were asked may have none.
 */
public record AttendanceMark(AttendanceStatus status, AbsenceReason reason, String note) {

	/** The longest note on a reason. */
	public static final int MAX_NOTE = 200;

	/**
	 * A mark as an instructor enters it: excused and absent take a reason (OTHER with a
	 * note of at most {@value #MAX_NOTE} characters); those who came take none.
	 */
	public static AttendanceMark entered(AttendanceStatus status, AbsenceReason reason, String note) {
		String text = (note != null && !note.isBlank()) ? note.strip() : null;
		if (status.tookPart()) {
			return new AttendanceMark(status, null, null);
		}
		if (reason == null) {
			throw new IllegalSessionChangeException("session.error.reasonNeeded", "reason");
		}
		if (reason == AbsenceReason.OTHER && text == null) {
			throw new IllegalSessionChangeException("session.error.reasonNoteNeeded", "reasonNote");
		}
		if (text != null && text.length() > MAX_NOTE) {
			throw new IllegalSessionChangeException("session.error.reasonNoteTooLong", "reasonNote");
		}
		return new AttendanceMark(status, reason, text);
	}

}
