package org.drillbook.account;

/** A new account and its one-time password: show it once, never store it. */
public record OneTimeCredentials(long accountId, String username, String password) {

	@Override
	public String toString() {
		return "OneTimeCredentials[" + this.username + "]";
	}

}
