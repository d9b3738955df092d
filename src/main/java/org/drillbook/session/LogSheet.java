package org.drillbook.session;

import java.util.List;

import org.drillbook.drill.DrillTypeRow;

/**
 * The logging screen of a session: the session, the rows (cards) shown, and the sheet's
 * counts: everyone on it, those with nothing left to log, those not marked at all, the
 * first still to log; and which page of how many this is.
 */
public record LogSheet(SessionDetails session, List<LogCard> cards, long total, long logged, long unmarked,
		Long nextToLog, int page, int pages) {

	/** A whole sheet, or a single row, counted from the rows themselves. */
	public LogSheet(SessionDetails session, List<LogCard> cards) {
		this(session, cards, cards.size(), countLogged(session, cards),
				cards.stream().filter((c) -> c.attendance() == null).count(), firstToLog(session, cards), 0, 1);
	}

	/** The session's drills, by id. */
	public List<Long> drillIds() {
		return ids(this.session);
	}

	private static List<Long> ids(SessionDetails session) {
		return session.drills().stream().map(DrillTypeRow::id).toList();
	}

	private static long countLogged(SessionDetails session, List<LogCard> cards) {
		List<Long> drills = ids(session);
		return cards.stream().filter((c) -> c.logged(drills)).count();
	}

	private static Long firstToLog(SessionDetails session, List<LogCard> cards) {
		List<Long> drills = ids(session);
		return cards.stream().filter((c) -> !c.logged(drills)).map(LogCard::recruitId).findFirst().orElse(null);
	}

}
