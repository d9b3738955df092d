package org.drillbook.session;

import java.util.List;

/** One recruit on the logging screen: attendance and the attempts recorded so far. */
public record LogCard(long recruitId, String callSign, String unitCode, boolean guest, AttendanceStatus attendance,
		List<ResultRow> results) {

	public List<ResultRow> resultsFor(long drillTypeId) {
		return this.results.stream().filter((r) -> r.drillTypeId() == drillTypeId).toList();
	}

}
