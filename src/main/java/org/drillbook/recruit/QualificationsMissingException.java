package org.drillbook.recruit;

import java.util.List;

/** A move to QUALIFIED refused: the unit's required qualifications are not all held. */
public class QualificationsMissingException extends RuntimeException {

	private final List<String> missing;

	public QualificationsMissingException(List<String> missing) {
		super("Required qualifications missing: " + missing.size());
		this.missing = List.copyOf(missing);
	}

	public List<String> getMissing() {
		return this.missing;
	}

}
