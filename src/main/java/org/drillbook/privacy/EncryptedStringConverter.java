package org.drillbook.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted with the data key: {@code @Convert(converter = ...)}.
 */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

	private final IdentityCipher cipher;

	public EncryptedStringConverter(IdentityCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return this.cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return this.cipher.decrypt(column);
	}

}
