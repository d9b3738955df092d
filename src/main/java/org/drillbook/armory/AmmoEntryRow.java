package org.drillbook.armory;

import java.time.Instant;

/** A ledger line as pages show it. */
public record AmmoEntryRow(long id, String caliber, String lotNumber, AmmoKind kind, int quantity, Long sessionId,
		Long unitId, String reason, String recordedBy, Instant recordedAt) {

}
