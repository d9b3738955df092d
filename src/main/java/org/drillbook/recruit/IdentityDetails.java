package org.drillbook.recruit;

import java.time.LocalDate;

/** A recruit's identity fields; shown to admins only. */
public record IdentityDetails(String legalName, LocalDate dateOfBirth, String nationality, String phone,
		String emergencyContact, String personalNotes) {

	public static final IdentityDetails EMPTY = new IdentityDetails(null, null, null, null, null, null);

	@Override
	public String toString() {
		return "IdentityDetails[masked]";
	}

}
