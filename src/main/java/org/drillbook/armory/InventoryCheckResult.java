package org.drillbook.armory;

import java.time.Instant;
import java.util.List;

/**
 * A physical count: what was expected in the armory, what was seen, missing and
 * unexpected.
 */
public record InventoryCheckResult(long id, String doneBy, Instant doneAt, int expected, int seen, List<Line> missing,
		List<Line> unexpected) {

	/** A serial with what is known of it (the weapon, or that no weapon has it). */
	public record Line(String serial, String detail) {

	}

}
