package org.drillbook.recruit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.springframework.util.Assert;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.recruit.IllegalStatusChangeException;
import org.drillbook.recruit.RecruitStatus;

/** A trainee, known everywhere by a unique call sign. */
@Entity
public class Recruit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruit_seq")
	@SequenceGenerator(name = "recruit_seq", sequenceName = "recruit_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String callSign;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecruitStatus status;

	@Column(nullable = false)
	private LocalDate intakeDate;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private boolean erased;

	@Embedded
	private Identity identity = new Identity(IdentityDetails.EMPTY);

	@OneToMany(mappedBy = "recruit", cascade = CascadeType.PERSIST)
	@OrderBy("changedAt")
	private List<StatusChange> statusChanges = new ArrayList<>();

	@Version
	private long version;

	protected Recruit() {
	}

	private Recruit(String callSign, LocalDate intakeDate, Instant now) {
		Assert.hasText(callSign, "callSign");
		Assert.notNull(intakeDate, "intakeDate");
		this.callSign = callSign.strip();
		this.intakeDate = intakeDate;
		this.status = RecruitStatus.APPLICANT;
		this.createdAt = now;
	}

	public static Recruit enlist(String callSign, LocalDate intakeDate, String by, Instant now) {
		return enlist(callSign, intakeDate, IdentityDetails.EMPTY, by, now);
	}

	public static Recruit enlist(String callSign, LocalDate intakeDate, IdentityDetails identity, String by,
			Instant now) {
		Recruit recruit = new Recruit(callSign, intakeDate, now);
		recruit.identity = new Identity(identity);
		recruit.statusChanges.add(new StatusChange(recruit, null, RecruitStatus.APPLICANT, null, by, now));
		return recruit;
	}

	/**
	 * Moves to another status, if the lifecycle allows it, and records who, when and why.
	 */
	public void changeStatus(RecruitStatus to, String reason, String by, Instant at) {
		changeStatus(to, reason, by, at, null);
	}

	/**
	 * Moves to another status past missing required qualifications, which the step
	 * records.
	 */
	public void changeStatus(RecruitStatus to, String reason, String by, Instant at, String overrideMissing) {
		if (!this.status.canMoveTo(to)) {
			throw new IllegalStatusChangeException(this.status, to);
		}
		this.statusChanges.add(new StatusChange(this, this.status, to, reason, by, at, overrideMissing));
		this.status = to;
	}

	public void correct(String callSign, LocalDate intakeDate) {
		Assert.hasText(callSign, "callSign");
		Assert.notNull(intakeDate, "intakeDate");
		this.callSign = callSign.strip();
		this.intakeDate = intakeDate;
	}

	public void replaceIdentity(IdentityDetails details) {
		this.identity = new Identity(details);
	}

	/**
	 * Erases the person and keeps the training: identity wiped, call sign replaced by a
	 * pseudonym, reasons of status changes removed.
	 */
	public void erase(String pseudonym) {
		Assert.hasText(pseudonym, "pseudonym");
		this.callSign = pseudonym;
		this.identity = new Identity(IdentityDetails.EMPTY);
		this.statusChanges.forEach(StatusChange::eraseReason);
		this.erased = true;
	}

	public boolean isErased() {
		return this.erased;
	}

	public IdentityDetails identity() {
		return (this.identity != null) ? this.identity.details() : IdentityDetails.EMPTY;
	}

	public List<StatusChange> getStatusChanges() {
		return this.statusChanges;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getCallSign() {
		return this.callSign;
	}

	public RecruitStatus getStatus() {
		return this.status;
	}

	public LocalDate getIntakeDate() {
		return this.intakeDate;
	}

}
