package org.drillbook.recruit;

import org.drillbook.refusal.Refusal;

/**
 * Another recruit already has this call sign.
 */
public class DuplicateCallSignException extends Refusal {

	public DuplicateCallSignException(String callSign) {
		super("recruit.error.callSignTaken", null, "callSign");
	}

}
