package org.drillbook.privacy;

import java.time.LocalDate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/** Stores a date attribute encrypted with the data key, as its ISO text. */
@Component
@Converter
public class EncryptedDateConverter implements AttributeConverter<LocalDate, String> {

	private final IdentityCipher cipher;

	public EncryptedDateConverter(IdentityCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(LocalDate attribute) {
		return (attribute != null) ? this.cipher.encrypt(attribute.toString()) : null;
	}

	@Override
	public LocalDate convertToEntityAttribute(String column) {
		return (column != null) ? LocalDate.parse(this.cipher.decrypt(column)) : null;
	}

}
