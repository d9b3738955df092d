package org.drillbook.session;

import java.time.Instant;
import java.util.List;

import org.drillbook.drill.DrillTypeRow;

/** One session with its drills and instructors. */
public record SessionDetails(long id, long unitId, String unitCode, String unitName, Instant startsAt, String location,
		SessionStatus status, long leadInstructorId, String leadInstructor, List<String> assistants,
		java.util.Set<Long> assistantIds, List<DrillTypeRow> drills, String signedOffBy, Instant signedOffAt,
		String cancelReason, long version) {

}
