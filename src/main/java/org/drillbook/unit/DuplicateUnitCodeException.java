package org.drillbook.unit;

import org.drillbook.refusal.Refusal;

/**
 * Another unit already has this code.
 */
public class DuplicateUnitCodeException extends Refusal {

	public DuplicateUnitCodeException(String code) {
		super("unit.error.codeTaken", null, "code");
	}

}
