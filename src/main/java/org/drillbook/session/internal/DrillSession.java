package org.drillbook.session.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.springframework.util.Assert;
import org.drillbook.session.IllegalSessionChangeException;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionStatus;

/**
 * A unit's training on a date at a place, covering some drill types, led by instructors.
 */
@Entity
public class DrillSession {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drill_session_seq")
	@SequenceGenerator(name = "drill_session_seq", sequenceName = "drill_session_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private String location;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionStatus status = SessionStatus.PLANNED;

	@Column(nullable = false)
	private Long leadInstructorId;

	@ElementCollection
	@CollectionTable(name = "drill_session_drill", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "drill_type_id")
	private Set<Long> drillTypeIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "drill_session_assistant", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "account_id")
	private Set<Long> assistantIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "drill_session_guest", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "recruit_id")
	private Set<Long> guestIds = new HashSet<>();

	private String signedOffBy;

	private String cancelReason;

	/** The longest reason for a cancellation. */
	public static final int MAX_REASON = 500;

	private Instant signedOffAt;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected DrillSession() {
	}

	public DrillSession(SessionPlan plan, Instant now) {
		this.createdAt = now;
		replan(plan);
	}

	/**
	 * Changes date, place, drills and instructors while the session is not yet signed
	 * off.
	 */
	public void replan(SessionPlan plan) {
		Assert.notNull(plan.unitId(), "unit");
		Assert.notNull(plan.startsAt(), "startsAt");
		Assert.hasText(plan.location(), "location");
		Assert.notNull(plan.leadInstructorId(), "lead");
		if (!this.status.editable()) {
			throw new IllegalSessionChangeException("session.error.locked");
		}
		if (plan.drillTypeIds().isEmpty()) {
			throw new IllegalSessionChangeException("session.error.noDrills");
		}
		this.unitId = plan.unitId();
		this.startsAt = plan.startsAt();
		this.location = plan.location().strip();
		this.leadInstructorId = plan.leadInstructorId();
		this.drillTypeIds.clear();
		this.drillTypeIds.addAll(plan.drillTypeIds());
		this.assistantIds.clear();
		this.assistantIds.addAll(plan.assistantIds());
		this.assistantIds.remove(plan.leadInstructorId());
	}

	public void open() {
		if (this.status != SessionStatus.PLANNED) {
			throw new IllegalSessionChangeException("session.error.notPlanned");
		}
		this.status = SessionStatus.OPEN;
	}

	public void signOff(String by, Instant at) {
		if (this.status != SessionStatus.OPEN) {
			throw new IllegalSessionChangeException("session.error.notOpen");
		}
		this.status = SessionStatus.SIGNED_OFF;
		this.signedOffBy = by;
		this.signedOffAt = at;
	}

	/** Cancels a session not yet signed off; someone says why. */
	public void cancel(String reason) {
		if (!this.status.editable()) {
			throw new IllegalSessionChangeException("session.error.locked");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalSessionChangeException("session.error.cancelReasonRequired", "reason");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new IllegalSessionChangeException("session.error.reasonTooLong", "reason");
		}
		this.status = SessionStatus.CANCELLED;
		this.cancelReason = reason.strip();
	}

	public void reopen() {
		if (this.status != SessionStatus.SIGNED_OFF) {
			throw new IllegalSessionChangeException("session.error.notSignedOff");
		}
		this.status = SessionStatus.OPEN;
		this.signedOffBy = null;
		this.signedOffAt = null;
	}

	/** A recruit of another unit joins this session. */
	public boolean addGuest(long recruitId) {
		if (!this.status.editable()) {
			throw new IllegalSessionChangeException("session.error.locked");
		}
		return this.guestIds.add(recruitId);
	}

	public void requireOpen() {
		if (this.status != SessionStatus.OPEN) {
			throw new IllegalSessionChangeException("session.error.notOpen");
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public String getLocation() {
		return this.location;
	}

	public SessionStatus getStatus() {
		return this.status;
	}

	public Long getLeadInstructorId() {
		return this.leadInstructorId;
	}

	public Set<Long> getDrillTypeIds() {
		return Set.copyOf(this.drillTypeIds);
	}

	public Set<Long> getAssistantIds() {
		return Set.copyOf(this.assistantIds);
	}

	public String getSignedOffBy() {
		return this.signedOffBy;
	}

	public Instant getSignedOffAt() {
		return this.signedOffAt;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public long getVersion() {
		return this.version;
	}

}
