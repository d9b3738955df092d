package org.drillbook.session.internal;

import java.time.Instant;

/**
 * Counts the sessions of the sessions list up to a limit (see CappedPage): a brigade's
 * year is 150,000 sessions, and the count stops instead of reading them all.
 */
public interface SessionCounting {

	/**
	 * @param upcoming sessions from {@code now} on, or else those before it
	 * @param everything every unit's sessions, or else only those of {@code units}
	 * @param units the units whose sessions count, unless {@code everything}
	 * @param now where upcoming and past meet
	 * @param instructor only the sessions this account leads or assists at; 0 for any
	 * @param limit where the count stops
	 * @return the sessions found, at most {@code limit}
	 */
	long countAtMost(boolean upcoming, boolean everything, Long[] units, Instant now, long instructor, long limit);

}
