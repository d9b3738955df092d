package org.drillbook.recruit;

/** A transfer that cannot be made; the message is a message key. */
public class TransferException extends RuntimeException {

	public TransferException(String messageKey) {
		super(messageKey);
	}

}
