package org.drillbook.armory;

import java.time.Instant;
import java.util.List;

import org.drillbook.session.SessionDetails;

/**
 * A session's rounds: its plan (saved, or proposed from its drills and roster), the
 * account per caliber, and per lot what was drawn and what came back.
 */
public record SessionRounds(SessionDetails session, boolean planSaved, long version, List<RoundsPlanLine> plan,
		List<RoundsLine> accounts, List<LotDrawn> lots, Instant returnedAt, String returnedBy) {

	public long planned() {
		return this.plan.stream().mapToLong(RoundsPlanLine::planned).sum();
	}

	public boolean returned() {
		return this.returnedAt != null;
	}

	/** The calibers drawn, to count back after the session. */
	public List<String> drawnCalibers() {
		return this.lots.stream().map(LotDrawn::caliber).distinct().toList();
	}

	/** Rounds of one lot drawn for the session, and how many came back to it. */
	public record LotDrawn(long lotId, String caliber, String lotNumber, long drawn, long returned) {

	}

}
