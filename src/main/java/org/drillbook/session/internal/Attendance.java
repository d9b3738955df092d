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

/**
 * Whether a recruit came to a session: one per recruit per session. Read here, written by
 * {@link SheetQueries} as one upsert (see
 * {@link org.drillbook.session.AttendanceMark#entered} for its rules).
 */
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

	protected Attendance() {
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
