package org.drillbook.armory;

import java.util.Locale;

/**
 * What describes a weapon; {@link #serialKey()} is the serial as compared for uniqueness.
 */
public record WeaponDefinition(WeaponKind kind, String makeModel, String serial, String caliber, Long homeUnitId,
		String notes) {

	public String serialKey() {
		return normalise(this.serial);
	}

	public static String normalise(String serial) {
		return (serial == null) ? "" : serial.replaceAll("[\\s\\-_/.]", "").toUpperCase(Locale.ROOT);
	}

}
