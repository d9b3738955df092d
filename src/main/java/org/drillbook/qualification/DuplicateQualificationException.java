package org.drillbook.qualification;

/** Another qualification already has this name. */
public class DuplicateQualificationException extends RuntimeException {

	public DuplicateQualificationException(String name) {
		super("Qualification name taken: " + name);
	}

}
