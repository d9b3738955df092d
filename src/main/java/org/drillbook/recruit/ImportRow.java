package org.drillbook.recruit;

import java.util.List;

/**
 * One line of an import file as read, with what is wrong with it (empty when it is fine).
 */
public record ImportRow(int line, String callSign, String legalName, String dateOfBirth, String nationality,
		String phone, String unitCode, String intakeDate, List<ImportProblem> problems) {

	public boolean ok() {
		return this.problems.isEmpty();
	}

	@Override
	public String toString() {
		return "ImportRow[" + this.line + ", " + this.callSign + "]";
	}

}
