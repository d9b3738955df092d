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
import org.drillbook.armory.AmmoKind;

/**
 * One line of the ammunition ledger: rounds in (positive) or out (negative). Never
 * changed.
 */
@Entity
public class AmmoEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ammo_entry_seq")
	@SequenceGenerator(name = "ammo_entry_seq", sequenceName = "ammo_entry_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String caliber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AmmoKind kind;

	@Column(nullable = false, updatable = false)
	private int quantity;

	@Column(nullable = false, updatable = false)
	private long lotId;

	@Column(updatable = false)
	private Long sessionId;

	@Column(updatable = false)
	private Long unitId;

	@Column(updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String recordedBy;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	protected AmmoEntry() {
	}

	public AmmoEntry(String caliber, long lotId, AmmoKind kind, int quantity, Long sessionId, Long unitId,
			String reason, String by, Instant at) {
		this.caliber = caliber;
		this.lotId = lotId;
		this.kind = kind;
		this.quantity = quantity;
		this.sessionId = sessionId;
		this.unitId = unitId;
		this.reason = reason;
		this.recordedBy = by;
		this.recordedAt = at;
	}

}
