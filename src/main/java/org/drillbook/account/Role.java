package org.drillbook.account;

/** What a user account may do; see the role map in README.md. */
public enum Role {

	ADMIN, INSTRUCTOR, ARMORER;

	public String authority() {
		return "ROLE_" + name();
	}

}
