package org.drillbook.recruit;

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
import org.drillbook.unit.Unit;

import org.springframework.util.Assert;

/**
 * A recruit in a unit with a position, from a day (inclusive) to a day (exclusive; open
 * while current). The database allows at most one open membership per recruit.
 */
@Entity
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
	@SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recruit_id", updatable = false)
	private Recruit recruit;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id", updatable = false)
	private Unit unit;

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

	Membership(Recruit recruit, Unit unit, Position position, LocalDate validFrom) {
		Assert.notNull(recruit, "recruit");
		Assert.notNull(unit, "unit");
		Assert.notNull(position, "position");
		Assert.notNull(validFrom, "validFrom");
		this.recruit = recruit;
		this.unit = unit;
		this.position = position;
		this.validFrom = validFrom;
	}

	/** Ends this membership on the given day (exclusive). */
	void end(LocalDate day) {
		Assert.state(this.validTo == null, "membership already ended");
		if (day.isBefore(this.validFrom)) {
			throw new TransferException("recruit.transfer.error.beforeStart");
		}
		this.validTo = day;
	}

	Unit getUnit() {
		return this.unit;
	}

	Position getPosition() {
		return this.position;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	MembershipRow row() {
		return new MembershipRow(this.unit.getId(), this.unit.getCode(), this.unit.getName(), this.position,
				this.validFrom, this.validTo);
	}

}
