package org.drillbook.account;

import org.drillbook.refusal.Refusal;

/** An account change that would lock the battalion out. */
public class AccountChangeException extends Refusal {

	public AccountChangeException(String messageKey) {
		super(messageKey);
	}

}
