package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Instant;

/** One recorded attempt; {@code correctedBy} is set once it was corrected. */
public record ResultRow(long id, long recruitId, long drillTypeId, BigDecimal value, Integer roundsFired,
		boolean passed, String recordedBy, Instant recordedAt, String correctedBy, long version) {

}
