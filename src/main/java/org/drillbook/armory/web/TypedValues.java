package org.drillbook.armory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.drillbook.armory.ArmoryException;

/**
 * What was typed in an armory form's fields, read as numbers, ids and dates; a value that
 * is not one is a refusal about its field, so the form comes back with what was typed.
 */
final class TypedValues {

	private final Map<String, String> fields;

	TypedValues(Map<String, String> fields) {
		this.fields = fields;
	}

	String text(String name) {
		return this.fields.get(name);
	}

	/** A whole number of rounds, more than zero. */
	int rounds(String name) {
		int value = signed(name);
		if (value <= 0) {
			throw new ArmoryException(name, "ammo.error.positive");
		}
		return value;
	}

	/** A whole number, negative too. */
	int signed(String name) {
		String text = this.fields.getOrDefault(name, "").strip();
		if (!text.matches("[-−]?\\d{1,9}")) {
			throw new ArmoryException(name, "ammo.error.number");
		}
		return Integer.parseInt(text.replace('−', '-'));
	}

	/** A whole number, zero or more. */
	int count(String name) {
		String text = this.fields.getOrDefault(name, "").strip();
		if (!text.matches("\\d{1,9}")) {
			throw new ArmoryException(name, "ammo.error.number");
		}
		return Integer.parseInt(text);
	}

	/** A record's id, or {@code null} when none was chosen. */
	Long id(String name) {
		String text = this.fields.getOrDefault(name, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("\\d{1,18}")) {
			throw new ArmoryException(name, "ammo.error.noLot");
		}
		return Long.valueOf(text);
	}

	/** A date (yyyy-mm-dd), or {@code null} when none was typed. */
	LocalDate date(String name) {
		String text = this.fields.getOrDefault(name, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ArmoryException(name, "ammo.error.manufacturedOn");
		}
	}

}
