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
import org.drillbook.session.AttendanceStatus;

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

	@Column(nullable = false)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected Attendance() {
	}

	public Attendance(long sessionId, long recruitId, AttendanceStatus status, String by, Instant at) {
		this.sessionId = sessionId;
		this.recruitId = recruitId;
		mark(status, by, at);
	}

	public void mark(AttendanceStatus status, String by, Instant at) {
		this.status = status;
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

}
