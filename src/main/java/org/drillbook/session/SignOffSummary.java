package org.drillbook.session;

import java.util.Map;

/**
 * What signing off a session seals: how many came, were late, excused or absent, who is
 * not marked at all, who came but has no result, and how many results there are.
 */
public record SignOffSummary(SessionDetails session, int recruits, Map<AttendanceStatus, Integer> counts, int unmarked,
		int withoutResults, int results) {

	public SignOffSummary {
		counts = Map.copyOf(counts);
	}

	public int count(AttendanceStatus status) {
		return this.counts.getOrDefault(status, 0);
	}

	/**
	 * Whether anyone has been marked at all; a sheet with nobody marked cannot be sealed.
	 */
	public boolean anythingLogged() {
		return this.unmarked < this.recruits;
	}

}
