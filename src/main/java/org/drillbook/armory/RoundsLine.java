package org.drillbook.armory;

import java.time.Instant;

import org.drillbook.session.SessionStatus;

/**
 * A session's rounds of one caliber: planned, drawn, returned, and spent (fired, from the
 * logged results). {@code closed} once the account can be judged: the rounds came back,
 * the session was signed off, or its day is over.
 */
public record RoundsLine(long sessionId, Instant startsAt, String unitCode, SessionStatus status, Instant returnedAt,
		String caliber, long planned, long drawn, long returned, long spent, boolean closed) {

	/**
	 * Rounds drawn that neither came back nor were fired (negative: fired more than
	 * drawn).
	 */
	public long discrepancy() {
		return this.drawn - this.returned - this.spent;
	}

	/** A closed account that does not balance: what the armorer must explain. */
	public boolean flagged() {
		return this.closed && discrepancy() != 0;
	}

}
