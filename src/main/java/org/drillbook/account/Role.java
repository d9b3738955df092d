package org.drillbook.account;

/** What a user account may do; see the role map in README.md. */
public enum Role {

	ADMIN, INSTRUCTOR, ARMORER,

	/** A recruit reading their own record; their account names the recruit. */
	TRAINEE;

	/** The roles that run the training and see others' records. */
	public static final java.util.Set<Role> STAFF = java.util.EnumSet.of(ADMIN, INSTRUCTOR, ARMORER);

	public boolean staff() {
		return this != TRAINEE;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
