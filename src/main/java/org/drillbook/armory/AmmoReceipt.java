package org.drillbook.armory;

import java.time.LocalDate;

/**
 * Rounds received: the caliber, the lot they belong to (its number, maker and date of
 * manufacture) and how many.
 */
public record AmmoReceipt(String caliber, String lotNumber, String manufacturer, LocalDate manufacturedOn, int rounds,
		String reason) {

}
