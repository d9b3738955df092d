package org.drillbook.armory;

import java.time.Instant;
import java.time.LocalDate;

/** A lot of ammunition as pages show it. */
public record AmmoLotRow(long id, String caliber, String lotNumber, String manufacturer, LocalDate manufacturedOn,
		int balance, Instant receivedAt, Instant recalledAt, String recalledBy, String recallReason, long version) {

	public boolean recalled() {
		return this.recalledAt != null;
	}

	/** The lot as a choice in a list: caliber, number, what is left. */
	public String label() {
		return this.caliber + " · " + this.lotNumber + " · " + this.balance;
	}

}
