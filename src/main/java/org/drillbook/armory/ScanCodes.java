package org.drillbook.armory;

/**
 * What the QR codes on labels hold: a weapon's code is its serial, as printed, so any
 * reader shows it; a recruit's is {@value #RECRUIT} with the number and call sign (never
 * an identity). The pages' scanner reads both.
 */
public final class ScanCodes {

	/** The start of a recruit's code. */
	public static final String RECRUIT = "DRILLBOOK-RECRUIT:";

	private ScanCodes() {
	}

	public static String weapon(String serial) {
		return serial;
	}

	public static String recruit(long id, String callSign) {
		return RECRUIT + id + ":" + callSign;
	}

}
