package org.drillbook.armory;

/** An armory action the weapon's state does not allow; the message is a message key. */
public class ArmoryException extends RuntimeException {

	public ArmoryException(String messageKey) {
		super(messageKey);
	}

}
