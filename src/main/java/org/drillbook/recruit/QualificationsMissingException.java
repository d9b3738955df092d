package org.drillbook.recruit;

import java.util.List;

import org.drillbook.refusal.Refusal;

/** A move to QUALIFIED refused: the unit's required qualifications are not all held. */
public class QualificationsMissingException extends Refusal {

	private final List<String> missing;

	public QualificationsMissingException(List<String> missing) {
		super("recruit.status.error.qualificationsMissing", new Object[] { String.join(", ", missing) }, "status");
		this.missing = List.copyOf(missing);
	}

	public List<String> getMissing() {
		return this.missing;
	}

}
