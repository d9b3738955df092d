package org.drillbook.session.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.drillbook.session.ResultRow;

/**
 * One attempt of one recruit at one drill type in one session; the pass comes from the
 * standard.
 */
@Entity
public class DrillResult {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drill_result_seq")
	@SequenceGenerator(name = "drill_result_seq", sequenceName = "drill_result_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long sessionId;

	@Column(nullable = false, updatable = false)
	private Long recruitId;

	@Column(nullable = false, updatable = false)
	private Long drillTypeId;

	@Column(name = "measured_value", nullable = false)
	private BigDecimal value;

	private Integer roundsFired;

	@Column(nullable = false)
	private boolean passed;

	@Column(nullable = false, updatable = false)
	private int standardRevision = 1;

	/** The indexes of a checklist's steps done ("0,1,3"); null for other standards. */
	private String stepsDone;

	private String correctedBy;

	private Instant correctedAt;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private String recordedBy;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(nullable = false, updatable = false)
	private UUID submissionKey;

	protected DrillResult() {
	}

	public DrillResult(long sessionId, long recruitId, long drillTypeId, BigDecimal value, Integer roundsFired,
			boolean passed, int standardRevision, String by, Instant at, UUID submissionKey) {
		this(sessionId, recruitId, drillTypeId, value, roundsFired, passed, standardRevision, null, by, at,
				submissionKey);
	}

	/** An attempt at a checklist drill, with the steps done. */
	public DrillResult(long sessionId, long recruitId, long drillTypeId, BigDecimal value, Integer roundsFired,
			boolean passed, int standardRevision, java.util.SortedSet<Integer> stepsDone, String by, Instant at,
			UUID submissionKey) {
		this.standardRevision = standardRevision;
		this.stepsDone = (stepsDone == null) ? null
				: String.join(",", stepsDone.stream().map(String::valueOf).toList());
		this.sessionId = sessionId;
		this.recruitId = recruitId;
		this.drillTypeId = drillTypeId;
		this.value = value;
		this.roundsFired = roundsFired;
		this.passed = passed;
		this.recordedBy = by;
		this.recordedAt = at;
		this.submissionKey = submissionKey;
	}

	/** Corrects a mistyped attempt; who and when are kept, the old value is audited. */
	/** The revision of the drill's standard that judged this result. */
	public int getStandardRevision() {
		return this.standardRevision;
	}

	public void correct(BigDecimal value, Integer roundsFired, boolean passed, String by, Instant at) {
		this.value = value;
		this.roundsFired = roundsFired;
		this.passed = passed;
		this.correctedBy = by;
		this.correctedAt = at;
	}

	/** Corrects which steps of a checklist were done (the count is its value). */
	public void correctSteps(java.util.SortedSet<Integer> done, boolean passed, String by, Instant at) {
		this.value = BigDecimal.valueOf(done.size());
		this.stepsDone = String.join(",", done.stream().map(String::valueOf).toList());
		this.passed = passed;
		this.correctedBy = by;
		this.correctedAt = at;
	}

	public Long getDrillTypeId() {
		return this.drillTypeId;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public Integer getRoundsFired() {
		return this.roundsFired;
	}

	public boolean isPassed() {
		return this.passed;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getRecruitId() {
		return this.recruitId;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public ResultRow row() {
		return new ResultRow(this.id, this.recruitId, this.drillTypeId, this.value, this.roundsFired, this.passed,
				this.recordedBy, this.recordedAt, this.correctedBy, this.version, this.standardRevision,
				ResultRow.steps(this.stepsDone));
	}

}
