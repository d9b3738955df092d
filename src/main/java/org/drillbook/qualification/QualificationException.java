package org.drillbook.qualification;

/** A change to qualifications that the rules refuse; the message is a message key. */
public class QualificationException extends RuntimeException {

	public QualificationException(String messageKey) {
		super(messageKey);
	}

}
