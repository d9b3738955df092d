package org.drillbook.account;

/** An account change that would lock the battalion out; the message is a message key. */
public class AccountChangeException extends RuntimeException {

	public AccountChangeException(String messageKey) {
		super(messageKey);
	}

}
