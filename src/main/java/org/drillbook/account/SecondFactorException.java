package org.drillbook.account;

/** A second-factor step was refused; the message is a message key. */
public class SecondFactorException extends RuntimeException {

	public SecondFactorException(String messageKey) {
		super(messageKey);
	}

}
