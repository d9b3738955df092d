package org.drillbook.account;

import org.drillbook.refusal.Refusal;

/**
 * Another account already has this username.
 */
public class DuplicateUsernameException extends Refusal {

	public DuplicateUsernameException(String username) {
		super("instructor.error.usernameTaken", null, "username");
	}

}
