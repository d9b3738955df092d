package org.drillbook.session;

import org.drillbook.refusal.Refusal;

/** A change the session's status or the range log's rules do not allow. */
public class IllegalSessionChangeException extends Refusal {

	public IllegalSessionChangeException(String messageKey) {
		super(messageKey);
	}

	/** A refusal about one field of the form (its name as the form sends it). */
	public IllegalSessionChangeException(String messageKey, String field) {
		super(messageKey, null, field);
	}

}
