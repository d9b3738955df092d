package org.drillbook.armory;

import java.time.Instant;
import java.util.List;

/**
 * Where the rounds of a lot went: every session and unit that drew or used them, with the
 * recruits who fired rounds of the lot's caliber in those sessions.
 */
public record LotRecall(AmmoLotRow lot, List<Use> uses) {

	/**
	 * One session's (or one unit's, outside sessions) use of the lot: rounds out, rounds
	 * back, and who fired.
	 */
	public record Use(Long sessionId, Instant startsAt, String unitCode, long out, long back, List<String> callSigns) {

		public long used() {
			return this.out - this.back;
		}

	}

}
