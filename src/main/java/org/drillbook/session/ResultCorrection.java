package org.drillbook.session;

import org.drillbook.drill.DrillTypeRow;

/** An attempt to correct, with whose it is and the drill's standard. */
public record ResultCorrection(long sessionId, ResultRow result, String callSign, DrillTypeRow drill) {

}
