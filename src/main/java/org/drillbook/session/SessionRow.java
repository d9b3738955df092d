package org.drillbook.session;

import java.time.Instant;

/** A session in a list. */
public record SessionRow(long id, long unitId, String unitCode, Instant startsAt, String location, SessionStatus status,
		String leadInstructor) {

}
