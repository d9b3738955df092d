package org.drillbook.trainee;

import org.drillbook.account.AccountRow;

/** A recruit and the sign-in they were given, or null while they have none. */
public record TraineeSignIn(long recruitId, String callSign, AccountRow account) {

	/** A username to offer: the call sign, when it is one a username may be. */
	public String suggestedUsername() {
		String lower = this.callSign.toLowerCase(java.util.Locale.ROOT);
		return lower.matches("[a-z0-9._-]{3,64}") ? lower : "";
	}

}
