package org.drillbook.armory;

import org.drillbook.refusal.Refusal;

/**
 * A weapon refused to a recruit who lacks qualifications its kind requires; the message
 * names them, and an armorer or admin may issue it anyway with a reason.
 */
public class QualificationsLackingException extends Refusal {

	/** Its message key. */
	public static final String CODE = "armory.error.qualificationsMissing";

	public QualificationsLackingException(String missing) {
		this(missing, "holder");
	}

	/** The refusal about one field of a form, such as one row of a session's issue. */
	public QualificationsLackingException(String missing, String field) {
		super(CODE, new Object[] { missing }, field);
	}

}
