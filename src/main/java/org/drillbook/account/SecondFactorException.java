package org.drillbook.account;

import org.drillbook.refusal.Refusal;

/** A second-factor step was refused. */
public class SecondFactorException extends Refusal {

	public SecondFactorException(String messageKey) {
		super(messageKey);
	}

}
