package org.drillbook.session;

import org.drillbook.drill.DrillTypeRow;

/**
 * An attempt to correct, with whose it is, the drill, and the standard that judged it
 * (its revision).
 */
public record ResultCorrection(long sessionId, ResultRow result, String callSign, DrillTypeRow drill,
		org.drillbook.drill.DrillTypeDefinition standard) {

	/** Whether the attempt is a checklist's, corrected by its steps. */
	public boolean checklist() {
		return this.standard.standard() == org.drillbook.drill.StandardKind.CHECKLIST;
	}

}
