package org.drillbook.session;

/** A change the session's status does not allow; the message is a message key. */
public class IllegalSessionChangeException extends RuntimeException {

	public IllegalSessionChangeException(String messageKey) {
		super(messageKey);
	}

}
