package org.drillbook.armory;

import org.drillbook.refusal.Refusal;

/** An armory action the weapon's state or the stock does not allow. */
public class ArmoryException extends Refusal {

	public ArmoryException(String messageKey) {
		super(messageKey);
	}

	/** A refusal about one field of the form, such as a serial number already taken. */
	public ArmoryException(String field, String messageKey) {
		super(messageKey, null, field);
	}

	/** A refusal about one field, with the message's arguments. */
	public ArmoryException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments, field);
	}

}
