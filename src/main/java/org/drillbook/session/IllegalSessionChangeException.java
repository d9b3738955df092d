package org.drillbook.session;

import org.drillbook.refusal.Refusal;

/** A change the session's status or the range log's rules do not allow. */
public class IllegalSessionChangeException extends Refusal {

	public IllegalSessionChangeException(String messageKey) {
		super(messageKey);
	}

}
