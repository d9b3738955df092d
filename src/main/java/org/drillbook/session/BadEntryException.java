package org.drillbook.session;

import org.drillbook.refusal.Refusal;

/**
 * A value on a range card or a correction that is not a number (or an attendance that is
 * not on offer); it names the field, so the form can mark it.
 */
public class BadEntryException extends Refusal {

	public BadEntryException(String field) {
		super("session.error.badValue", null, field);
	}

}
