package org.drillbook.recruit;

import org.drillbook.refusal.Refusal;

/** A transfer that cannot be made. */
public class TransferException extends Refusal {

	public TransferException(String messageKey) {
		super(messageKey);
	}

}
