package org.drillbook.session;

import java.util.Collection;
import java.util.List;

/**
 * One recruit on the sheet: attendance (with the reason when away) and the attempts
 * recorded so far.
 */
public record LogCard(long recruitId, String callSign, String unitCode, boolean guest, AttendanceMark mark,
		List<ResultRow> results) {

	/** Whether the recruit came, or null when not yet marked. */
	public AttendanceStatus attendance() {
		return (this.mark != null) ? this.mark.status() : null;
	}

	public List<ResultRow> resultsFor(long drillTypeId) {
		return this.results.stream().filter((r) -> r.drillTypeId() == drillTypeId).toList();
	}

	/**
	 * Whether nothing is left to log: marked away, or marked present with a result in
	 * every drill of the session.
	 */
	public boolean logged(Collection<Long> drillTypeIds) {
		AttendanceStatus status = attendance();
		if (status == null) {
			return false;
		}
		return !status.tookPart() || drillTypeIds.stream().allMatch((d) -> !resultsFor(d).isEmpty());
	}

}
