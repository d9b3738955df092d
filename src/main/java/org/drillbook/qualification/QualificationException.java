package org.drillbook.qualification;

import org.drillbook.refusal.Refusal;

/** A change to qualifications that the rules refuse. */
public class QualificationException extends Refusal {

	public QualificationException(String messageKey) {
		super(messageKey);
	}

}
