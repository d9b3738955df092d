package org.drillbook.session;

import java.util.List;

import org.drillbook.drill.DrillTypeRow;

/**
 * The logging screen of a session: the session and one row (card) per recruit of the
 * roster and the guests.
 */
public record LogSheet(SessionDetails session, List<LogCard> cards) {

	/** The session's drills, by id. */
	public List<Long> drillIds() {
		return this.session.drills().stream().map(DrillTypeRow::id).toList();
	}

	/** How many recruits have nothing left to log. */
	public long logged() {
		List<Long> drills = drillIds();
		return this.cards.stream().filter((c) -> c.logged(drills)).count();
	}

	/** How many recruits have no attendance mark yet. */
	public long unmarked() {
		return this.cards.stream().filter((c) -> c.attendance() == null).count();
	}

	/** The first recruit with something left to log, or null. */
	public Long nextToLog() {
		List<Long> drills = drillIds();
		return this.cards.stream().filter((c) -> !c.logged(drills)).map(LogCard::recruitId).findFirst().orElse(null);
	}

}
