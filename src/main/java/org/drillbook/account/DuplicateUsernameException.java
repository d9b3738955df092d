package org.drillbook.account;

public class DuplicateUsernameException extends RuntimeException {

	public DuplicateUsernameException(String username) {
		super("Username " + username + " is taken");
	}

}
