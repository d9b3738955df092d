package org.drillbook.armory;

/** Who holds a weapon: a recruit or an account (an instructor), never both. */
public record Holder(Long recruitId, Long accountId) {

	public static Holder recruit(long id) {
		return new Holder(id, null);
	}

	public static Holder account(long id) {
		return new Holder(null, id);
	}

}
