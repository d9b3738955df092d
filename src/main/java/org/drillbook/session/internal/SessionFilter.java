package org.drillbook.session.internal;

import java.time.Instant;
import java.util.Collection;

/**
 * Which sessions a list shows: a span of time, every unit's sessions or only some units',
 * any instructor's or one's (leading or assisting). {@link SessionListingImpl} writes
 * only the conditions a filter needs.
 *
 * @param from the first start time shown, or null for no lower bound
 * @param until the start time where the list ends (not shown), or null for no upper bound
 * @param latestFirst latest first, or else soonest first
 * @param units the units whose sessions are shown, or null for every unit
 * @param instructor only the sessions this account leads or assists at; 0 for any
 */
public record SessionFilter(Instant from, Instant until, boolean latestFirst, Long[] units, long instructor) {

	/** Sessions from {@code now} on, soonest first. */
	public static SessionFilter upcoming(Instant now) {
		return new SessionFilter(now, null, false, null, 0);
	}

	/** Sessions before {@code now}, latest first. */
	public static SessionFilter past(Instant now) {
		return new SessionFilter(null, now, true, null, 0);
	}

	/** Sessions starting in [from, until), soonest first. */
	public static SessionFilter between(Instant from, Instant until) {
		return new SessionFilter(from, until, false, null, 0);
	}

	/** Only the sessions of these units (none if empty). */
	public SessionFilter ofUnits(Collection<Long> unitIds) {
		return new SessionFilter(this.from, this.until, this.latestFirst, unitIds.toArray(Long[]::new),
				this.instructor);
	}

	/** Only the sessions this account leads or assists at. */
	public SessionFilter ledBy(long accountId) {
		return new SessionFilter(this.from, this.until, this.latestFirst, this.units, accountId);
	}

}
