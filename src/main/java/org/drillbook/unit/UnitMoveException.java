package org.drillbook.unit;

/** A unit change the hierarchy does not allow; {@link #getMessage()} is a message key. */
public class UnitMoveException extends RuntimeException {

	public UnitMoveException(String messageKey) {
		super(messageKey);
	}

}
