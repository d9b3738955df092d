package org.drillbook.armory.internal;

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
import org.drillbook.armory.Holder;
import org.drillbook.armory.IssueRow;
import org.drillbook.armory.ReturnCondition;

/**
 * A weapon held by a recruit or an instructor, from a time to a time (open while out).
 */
@Entity
public class WeaponIssue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weapon_issue_seq")
	@SequenceGenerator(name = "weapon_issue_seq", sequenceName = "weapon_issue_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long weaponId;

	@Column(updatable = false)
	private Long holderRecruitId;

	@Column(updatable = false)
	private Long holderAccountId;

	@Column(updatable = false)
	private Long sessionId;

	@Column(nullable = false, updatable = false)
	private String issuedBy;

	@Column(nullable = false, updatable = false)
	private Instant issuedAt;

	private String returnedBy;

	private Instant returnedAt;

	@Enumerated(EnumType.STRING)
	private ReturnCondition returnCondition;

	private String returnNotes;

	private String overrideReason;

	private String overriddenBy;

	private String missingQualifications;

	@Version
	private long version;

	protected WeaponIssue() {
	}

	public WeaponIssue(long weaponId, Holder holder, Long sessionId, String by, Instant at) {
		this.weaponId = weaponId;
		this.holderRecruitId = holder.recruitId();
		this.holderAccountId = holder.accountId();
		this.sessionId = sessionId;
		this.issuedBy = by;
		this.issuedAt = at;
	}

	/**
	 * Records that the issue was made although the holder lacked required qualifications:
	 * by whom, why, and which were missing.
	 */
	public void overrideGate(String reason, String by, String missing) {
		this.overrideReason = reason;
		this.overriddenBy = by;
		this.missingQualifications = missing;
	}

	public void close(ReturnCondition condition, String notes, String by, Instant at) {
		this.returnCondition = condition;
		this.returnNotes = (notes == null || notes.isBlank()) ? null : notes.strip();
		this.returnedBy = by;
		this.returnedAt = at;
	}

	public IssueRow row(String holderName) {
		return new IssueRow(this.id, this.weaponId, this.holderRecruitId, this.holderAccountId, holderName,
				this.sessionId, this.issuedBy, this.issuedAt, this.returnedBy, this.returnedAt, this.returnCondition,
				this.returnNotes, this.overrideReason, this.overriddenBy, this.missingQualifications);
	}

	public Long getHolderRecruitId() {
		return this.holderRecruitId;
	}

	public Long getHolderAccountId() {
		return this.holderAccountId;
	}

	public Long getWeaponId() {
		return this.weaponId;
	}

}
