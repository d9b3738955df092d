package org.drillbook.armory.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.springframework.util.Assert;
import org.drillbook.armory.ArmoryException;
import org.drillbook.armory.ReturnCondition;
import org.drillbook.armory.WeaponDefinition;
import org.drillbook.armory.WeaponKind;
import org.drillbook.armory.WeaponRow;
import org.drillbook.armory.WeaponStatus;

/** An item of the armory, with the status that says where it is. */
@Entity
public class Weapon {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weapon_seq")
	@SequenceGenerator(name = "weapon_seq", sequenceName = "weapon_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WeaponKind kind;

	@Column(nullable = false)
	private String makeModel;

	@Column(nullable = false)
	private String serial;

	@Column(nullable = false)
	private String serialKey;

	@Column(nullable = false)
	private String caliber;

	private Long homeUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WeaponStatus status = WeaponStatus.IN_ARMORY;

	private String notes;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	private LocalDate writtenOffOn;

	private String writtenOffReason;

	private String writtenOffBy;

	protected Weapon() {
	}

	public Weapon(WeaponDefinition definition, Instant now) {
		this.createdAt = now;
		describe(definition);
	}

	public void describe(WeaponDefinition d) {
		Assert.notNull(d.kind(), "kind");
		Assert.hasText(d.makeModel(), "makeModel");
		Assert.hasText(d.serial(), "serial");
		Assert.hasText(d.caliber(), "caliber");
		this.kind = d.kind();
		this.makeModel = d.makeModel().strip();
		this.serial = d.serial().strip();
		this.serialKey = d.serialKey();
		this.caliber = d.caliber().strip();
		this.homeUnitId = d.homeUnitId();
		this.notes = (d.notes() == null || d.notes().isBlank()) ? null : d.notes().strip();
	}

	public void issue() {
		if (this.status != WeaponStatus.IN_ARMORY) {
			throw new ArmoryException(
					(this.status == WeaponStatus.ISSUED) ? "armory.error.alreadyIssued" : "armory.error.notInArmory");
		}
		this.status = WeaponStatus.ISSUED;
	}

	public void takeBack(ReturnCondition condition) {
		if (this.status != WeaponStatus.ISSUED) {
			throw new ArmoryException("armory.error.notOut");
		}
		this.status = (condition == ReturnCondition.DAMAGED) ? WeaponStatus.IN_MAINTENANCE : WeaponStatus.IN_ARMORY;
	}

	/** Into maintenance from the armory, or back from maintenance: one action. */
	public void toggleMaintenance() {
		this.status = switch (this.status) {
			case IN_ARMORY -> WeaponStatus.IN_MAINTENANCE;
			case IN_MAINTENANCE -> WeaponStatus.IN_ARMORY;
			default -> throw new ArmoryException("armory.error.notInArmory");
		};
	}

	/**
	 * Records the weapon as lost: from the armory, from maintenance, or while out (the
	 * caller closes the open issue, whose holder stays the last one).
	 */
	public void reportLost(LocalDate on, String reason, String by) {
		if (this.status == WeaponStatus.LOST || this.status == WeaponStatus.DECOMMISSIONED) {
			throw new ArmoryException("armory.error.writtenOff");
		}
		writeOff(WeaponStatus.LOST, on, reason, by);
	}

	/**
	 * Takes the weapon out of service for good: from the armory, maintenance, or after it
	 * was lost; a weapon out must come back first.
	 */
	public void decommission(LocalDate on, String reason, String by) {
		if (this.status == WeaponStatus.ISSUED) {
			throw new ArmoryException("armory.error.stillOut");
		}
		if (this.status == WeaponStatus.DECOMMISSIONED) {
			throw new ArmoryException("armory.error.writtenOff");
		}
		writeOff(WeaponStatus.DECOMMISSIONED, on, reason, by);
	}

	/** A lost weapon found again goes to maintenance to be inspected. */
	public void found() {
		if (this.status != WeaponStatus.LOST) {
			throw new ArmoryException("armory.error.notLost");
		}
		this.status = WeaponStatus.IN_MAINTENANCE;
		this.writtenOffOn = null;
		this.writtenOffReason = null;
		this.writtenOffBy = null;
	}

	private void writeOff(WeaponStatus to, LocalDate on, String reason, String by) {
		if (on == null) {
			throw new ArmoryException("on", "armory.error.writeOffDate");
		}
		if (reason == null || reason.isBlank()) {
			throw new ArmoryException("reason", "armory.error.writeOffReason");
		}
		if (reason.strip().length() > 500) {
			throw new ArmoryException("reason", "armory.error.overrideTooLong");
		}
		this.status = to;
		this.writtenOffOn = on;
		this.writtenOffReason = reason.strip();
		this.writtenOffBy = by;
	}

	public LocalDate getWrittenOffOn() {
		return this.writtenOffOn;
	}

	public String getWrittenOffReason() {
		return this.writtenOffReason;
	}

	public String getWrittenOffBy() {
		return this.writtenOffBy;
	}

	public WeaponRow row() {
		return new WeaponRow(this.id, this.kind, this.makeModel, this.serial, this.caliber, this.homeUnitId,
				this.status, this.notes, this.version);
	}

	public WeaponKind getKind() {
		return this.kind;
	}

	public String getSerial() {
		return this.serial;
	}

	public String getSerialKey() {
		return this.serialKey;
	}

	public Long getId() {
		return this.id;
	}

	public WeaponStatus getStatus() {
		return this.status;
	}

	public long getVersion() {
		return this.version;
	}

}
