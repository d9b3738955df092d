package org.drillbook.recruit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.recruit.StatusChangeRow;

/** One step of a recruit's lifecycle: from, to, who, when, why. Never changed. */
@Entity
@Table(name = "recruit_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruit_status_change_seq")
	@SequenceGenerator(name = "recruit_status_change_seq", sequenceName = "recruit_status_change_seq",
			allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recruit_id", updatable = false)
	private Recruit recruit;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private RecruitStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RecruitStatus toStatus;

	private String reason;

	@Column(updatable = false)
	private String overrideMissing;

	@Column(nullable = false, updatable = false)
	private String changedBy;

	@Column(nullable = false, updatable = false)
	private Instant changedAt;

	protected StatusChange() {
	}

	public StatusChange(Recruit recruit, RecruitStatus from, RecruitStatus to, String reason, String by, Instant at) {
		this(recruit, from, to, reason, by, at, null);
	}

	public StatusChange(Recruit recruit, RecruitStatus from, RecruitStatus to, String reason, String by, Instant at,
			String overrideMissing) {
		this.overrideMissing = overrideMissing;
		this.recruit = recruit;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.changedBy = by;
		this.changedAt = at;
	}

	/**
	 * Reasons are free text and may name the person: erasure wipes them, the steps stay.
	 */
	public void eraseReason() {
		this.reason = null;
	}

	public StatusChangeRow row() {
		return new StatusChangeRow(this.fromStatus, this.toStatus, this.reason, this.changedBy, this.changedAt,
				this.overrideMissing);
	}

}
