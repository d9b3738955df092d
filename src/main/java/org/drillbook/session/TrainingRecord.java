package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A recruit's training: attendance rate, every session with its results, the best result
 * per drill, and each drill's results over time for a chart.
 */
public record TrainingRecord(long recruitId, String callSign, int sessionsMarked, int sessionsAttended,
		List<Entry> sessions, List<Best> bests) {

	/** Share of the marked sessions the recruit came to (present or late), 0–100. */
	public int attendanceRate() {
		return (this.sessionsMarked == 0) ? 0 : Math.round(100f * this.sessionsAttended / this.sessionsMarked);
	}

	/** One session of the recruit. */
	public record Entry(long sessionId, Instant startsAt, String location, AttendanceMark attendance,
			List<Attempt> attempts) {

	}

	/**
	 * One attempt at a drill, with the revision of the drill's standard that judged it.
	 */
	public record Attempt(long drillTypeId, String drill, BigDecimal value, boolean passed, Instant at,
			int standardRevision) {

	}

	/**
	 * The best attempt at a drill (lowest time, else highest value), with every value for
	 * the chart.
	 */
	public record Best(long drillTypeId, String drill, String standard, BigDecimal best, int attempts, int passes,
			List<Attempt> history, List<org.drillbook.drill.StandardRevision> standards) {

		/** The chart's data as "ISO time=value" pairs for the page's script. */
		public String series() {
			return String.join(";",
					this.history.stream().map((a) -> a.at() + "=" + a.value().toPlainString()).toList());
		}

	}

}
