package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Instant;

/** One result for an export: when, where, who, which drill, what value, pass or not. */
public record ResultLine(Instant startsAt, long sessionId, String location, String unitCode, String callSign,
		String drill, BigDecimal value, Integer roundsFired, boolean passed, String recordedBy) {

}
