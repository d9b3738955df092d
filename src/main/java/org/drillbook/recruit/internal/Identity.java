package org.drillbook.recruit.internal;

import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.drillbook.privacy.EncryptedDateConverter;
import org.drillbook.privacy.EncryptedStringConverter;
import org.drillbook.recruit.IdentityDetails;

/** Who a recruit really is: for admins only, encrypted at rest, never logged. */
@Embeddable
public class Identity {

	@Convert(converter = EncryptedStringConverter.class)
	private String legalName;

	@Convert(converter = EncryptedDateConverter.class)
	private LocalDate dateOfBirth;

	@Convert(converter = EncryptedStringConverter.class)
	private String nationality;

	@Convert(converter = EncryptedStringConverter.class)
	private String phone;

	@Convert(converter = EncryptedStringConverter.class)
	private String emergencyContact;

	@Convert(converter = EncryptedStringConverter.class)
	private String personalNotes;

	protected Identity() {
	}

	public Identity(IdentityDetails details) {
		this.legalName = blankToNull(details.legalName());
		this.dateOfBirth = details.dateOfBirth();
		this.nationality = blankToNull(details.nationality());
		this.phone = blankToNull(details.phone());
		this.emergencyContact = blankToNull(details.emergencyContact());
		this.personalNotes = blankToNull(details.personalNotes());
	}

	public IdentityDetails details() {
		return new IdentityDetails(this.legalName, this.dateOfBirth, this.nationality, this.phone,
				this.emergencyContact, this.personalNotes);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Override
	public String toString() {
		return "Identity[masked]";
	}

}
