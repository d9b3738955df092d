package org.drillbook.drill;

import org.drillbook.refusal.Refusal;

/**
 * Another drill type already has this name.
 */
public class DuplicateDrillTypeException extends Refusal {

	public DuplicateDrillTypeException(String name) {
		super("drill.error.nameTaken", null, "name");
	}

}
