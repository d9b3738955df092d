package org.drillbook.audit;

import java.time.Instant;

/**
 * What a verification of the audit trail's hash chain found: how many links it checked,
 * the newest link (its place and hash, worth writing down somewhere else: a chain
 * rewritten from scratch by someone with the database owner's rights is only caught
 * against such a note), and the first broken link, if any.
 *
 * @param checked the links checked
 * @param headSeq the place of the newest link, as the chain's head records it
 * @param headHash the hash of the newest link, as the chain's head records it
 * @param problem what is wrong, or {@code null} when the chain is intact
 * @param at where: the place in the chain, and the event found there (or nearest to it)
 */
public record AuditChainReport(long checked, long headSeq, String headHash, ChainBreak problem, Link at) {

	public boolean intact() {
		return this.problem == null;
	}

	/** What breaks a chain (label {@code ChainBreak.NAME} in every language). */
	public enum ChainBreak {

		/**
		 * The event's content or hash is not what was linked (changed, or written again).
		 */
		CHANGED,
		/** Events are missing before this place (removed). */
		MISSING,
		/** The newest events are missing: the head is further on than the last event. */
		NEWEST_MISSING,
		/** The head does not name the last event (the head itself was changed). */
		HEAD_CHANGED,
		/**
		 * An event is in the trail but in no link (written with the database's checks
		 * off).
		 */
		OUTSIDE

	}

	/**
	 * A place in the chain and the event there.
	 *
	 * @param seq the place in the chain (for an event outside the chain, none: 0)
	 * @param eventId the event, or {@code null} when none is there
	 * @param occurredAt when it happened
	 * @param action what happened
	 */
	public record Link(long seq, Long eventId, Instant occurredAt, String action) {

	}

}
