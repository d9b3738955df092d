package org.drillbook.session.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceMark;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.IllegalSessionChangeException;

/** Whether a recruit came to a session: one per recruit per session. */
@Entity
public class Attendance {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
	@SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long sessionId;

	@Column(nullable = false, updatable = false)
	private Long recruitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AttendanceStatus status;

	@Enumerated(EnumType.STRING)
	private AbsenceReason reason;

	private String reasonNote;

	@Column(nullable = false)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	/** The longest note on a reason. */
	public static final int MAX_NOTE = 200;

	protected Attendance() {
	}

	public Attendance(long sessionId, long recruitId, AttendanceStatus status, AbsenceReason reason, String reasonNote,
			String by, Instant at) {
		this.sessionId = sessionId;
		this.recruitId = recruitId;
		mark(status, reason, reasonNote, by, at);
	}

	/**
	 * Marks whether the recruit came. Excused and absent take a reason (OTHER with a note
	 * of at most {@value #MAX_NOTE} characters); those who came take none.
	 */
	public void mark(AttendanceStatus status, AbsenceReason reason, String reasonNote, String by, Instant at) {
		String note = (reasonNote != null && !reasonNote.isBlank()) ? reasonNote.strip() : null;
		if (status.tookPart()) {
			reason = null;
			note = null;
		}
		else if (reason == null) {
			throw new IllegalSessionChangeException("session.error.reasonNeeded", "reason");
		}
		else if (reason == AbsenceReason.OTHER && note == null) {
			throw new IllegalSessionChangeException("session.error.reasonNoteNeeded", "reasonNote");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw new IllegalSessionChangeException("session.error.reasonNoteTooLong", "reasonNote");
		}
		this.status = status;
		this.reason = reason;
		this.reasonNote = note;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public Long getRecruitId() {
		return this.recruitId;
	}

	public AttendanceStatus getStatus() {
		return this.status;
	}

	public AbsenceReason getReason() {
		return this.reason;
	}

	public String getReasonNote() {
		return this.reasonNote;
	}

	/** The mark as the sheet and the records show it. */
	public AttendanceMark mark() {
		return new AttendanceMark(this.status, this.reason, this.reasonNote);
	}

}
