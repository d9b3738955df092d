package org.drillbook.recruit.internal;

import java.time.LocalDate;

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
import jakarta.persistence.Version;
import org.drillbook.unit.UnitSummary;

import org.springframework.util.Assert;
import org.drillbook.recruit.MembershipRow;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.TransferException;

/**
 * A recruit in a unit with a position, from a day (inclusive) to a day (exclusive; open
 * while current). The database allows at most one open membership per recruit.
 */
@Entity
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
	@SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recruit_id", updatable = false)
	private Recruit recruit;

	/** The unit, by id: another feature's record. */
	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Position position;

	@Column(nullable = false, updatable = false)
	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected Membership() {
	}

	public Membership(Recruit recruit, long unitId, Position position, LocalDate validFrom) {
		Assert.notNull(recruit, "recruit");
		Assert.notNull(position, "position");
		Assert.notNull(validFrom, "validFrom");
		this.recruit = recruit;
		this.unitId = unitId;
		this.position = position;
		this.validFrom = validFrom;
	}

	/** Ends this membership on the given day (exclusive). */
	public void end(LocalDate day) {
		Assert.state(this.validTo == null, "membership already ended");
		if (day.isBefore(this.validFrom)) {
			throw new TransferException("recruit.transfer.error.beforeStart");
		}
		this.validTo = day;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public Position getPosition() {
		return this.position;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public MembershipRow row(UnitSummary unit) {
		Assert.isTrue(unit.id() == this.unitId, "another unit");
		return new MembershipRow(unit.id(), unit.code(), unit.name(), this.position, this.validFrom, this.validTo);
	}

}
