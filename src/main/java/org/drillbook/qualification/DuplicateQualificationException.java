package org.drillbook.qualification;

import org.drillbook.refusal.Refusal;

/**
 * Another qualification already has this name.
 */
public class DuplicateQualificationException extends Refusal {

	public DuplicateQualificationException(String name) {
		super("qualification.error.nameTaken", null, "name");
	}

}
