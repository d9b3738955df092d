package org.drillbook.drill;

import org.drillbook.refusal.Refusal;

/** A translation of a drill that does not fit it (too long, or other steps). */
public class DrillTranslationException extends Refusal {

	public DrillTranslationException(String code, String field) {
		super(code, null, field);
	}

}
