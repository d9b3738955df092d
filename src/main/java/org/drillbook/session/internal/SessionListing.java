package org.drillbook.session.internal;

import java.util.List;

/**
 * The sessions lists' rows and counts (see CappedPage: a brigade's year is 150,000
 * sessions, and the count stops instead of reading them all).
 */
public interface SessionListing {

	/**
	 * A page of sessions, ordered by start time and id (so that pages neither repeat nor
	 * skip one).
	 * @param filter which sessions
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the sessions
	 */
	List<DrillSession> listed(SessionFilter filter, long offset, int limit);

	/**
	 * @param filter which sessions
	 * @param limit where the count stops
	 * @return the sessions found, at most {@code limit}
	 */
	long countAtMost(SessionFilter filter, long limit);

}
