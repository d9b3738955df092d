package org.drillbook.unit;

import org.drillbook.refusal.Refusal;

/** A unit change the hierarchy does not allow; it concerns the unit's parent. */
public class UnitMoveException extends Refusal {

	public UnitMoveException(String messageKey) {
		super(messageKey, null, "parentId");
	}

}
