package org.drillbook.armory.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.drillbook.armory.AmmoLotRow;
import org.drillbook.armory.ArmoryException;

/**
 * A lot of ammunition: one caliber, one lot number, its maker and date of manufacture.
 * Its balance is moved only by the ledger's statements (never below zero); a recall takes
 * it out of every draw.
 */
@Entity
public class AmmoLot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String caliber;

	@Column(nullable = false, updatable = false)
	private String lotNumber;

	@Column(updatable = false)
	private String manufacturer;

	@Column(updatable = false)
	private LocalDate manufacturedOn;

	@Column(nullable = false, updatable = false)
	private int balance;

	@Column(nullable = false, updatable = false)
	private Instant receivedAt;

	private Instant recalledAt;

	private String recalledBy;

	private String recallReason;

	@Version
	private long version;

	protected AmmoLot() {
	}

	public AmmoLot(String caliber, String lotNumber, String manufacturer, LocalDate manufacturedOn, Instant at) {
		this.caliber = caliber;
		this.lotNumber = lotNumber;
		this.manufacturer = manufacturer;
		this.manufacturedOn = manufacturedOn;
		this.receivedAt = at;
	}

	/** Takes the lot out of every draw; what is left stays counted until disposed of. */
	public void recall(String reason, String by, Instant at) {
		if (this.recalledAt != null) {
			throw new ArmoryException("ammo.error.lotRecalled");
		}
		this.recalledAt = at;
		this.recalledBy = by;
		this.recallReason = reason;
	}

	/** Whether a receipt of this lot number agrees with what is known of the lot. */
	public boolean matches(String manufacturer, LocalDate manufacturedOn) {
		return (manufacturer == null || this.manufacturer == null || this.manufacturer.equalsIgnoreCase(manufacturer))
				&& (manufacturedOn == null || this.manufacturedOn == null
						|| this.manufacturedOn.equals(manufacturedOn));
	}

	public boolean isRecalled() {
		return this.recalledAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getCaliber() {
		return this.caliber;
	}

	public AmmoLotRow row() {
		return new AmmoLotRow(this.id, this.caliber, this.lotNumber, this.manufacturer, this.manufacturedOn,
				this.balance, this.receivedAt, this.recalledAt, this.recalledBy, this.recallReason, this.version);
	}

}
