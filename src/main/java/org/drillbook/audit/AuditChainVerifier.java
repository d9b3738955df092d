package org.drillbook.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.drillbook.audit.AuditChainReport.Link;
import org.drillbook.audit.AuditChainReport.ChainBreak;

/**
 * Recomputes the audit trail's hash chain from the events themselves and names the first
 * broken link. The chain is written by the database (V20__audit_chain.sql) when an
 * event's transaction commits; this reads it with nothing but JDBC, so that the same
 * check runs on the admin page and on the command line ({@link AuditChainCommand}). Give
 * it a connection in one snapshot (repeatable read), so that events committed meanwhile
 * do not look like a break.
 */
public final class AuditChainVerifier {

	/** The hash before the first link. */
	static final String GENESIS = "0".repeat(64);

	private static final int PAGE = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String COLUMNS = "id, occurred_at, actor, client_address, action, entity_type, entity_id,"
			+ " summary, details, chain_seq, chain_hash";

	private AuditChainVerifier() {
	}

	public static AuditChainReport verify(Connection connection) throws SQLException {
		long headSeq;
		String headHash;
		try (Statement statement = connection.createStatement();
				ResultSet head = statement
					.executeQuery("select last_seq, last_hash from audit_chain_head where id = 1")) {
			if (!head.next()) {
				return new AuditChainReport(0, 0, GENESIS, ChainBreak.HEAD_CHANGED, new Link(0, null, null, null));
			}
			headSeq = head.getLong(1);
			headHash = head.getString(2);
		}
		long expected = 1;
		String previous = GENESIS;
		Link last = null;
		try (PreparedStatement page = connection.prepareStatement(
				"select " + COLUMNS + " from audit_event where chain_seq >= ? order by chain_seq limit ?")) {
			boolean more = true;
			while (more) {
				page.setLong(1, expected);
				page.setInt(2, PAGE);
				int rows = 0;
				try (ResultSet events = page.executeQuery()) {
					while (events.next()) {
						rows++;
						Event event = Event.of(events);
						Link here = event.link();
						if (event.seq() != expected) {
							return report(expected - 1, headSeq, headHash, ChainBreak.MISSING,
									new Link(expected, here.eventId(), here.occurredAt(), here.action()));
						}
						if (!hash(event, previous).equals(event.hash())) {
							return report(expected - 1, headSeq, headHash, ChainBreak.CHANGED, here);
						}
						previous = event.hash();
						last = here;
						expected++;
					}
				}
				more = rows == PAGE;
			}
		}
		long checked = expected - 1;
		if (checked < headSeq) {
			return report(checked, headSeq, headHash, ChainBreak.NEWEST_MISSING,
					(last != null) ? new Link(checked + 1, last.eventId(), last.occurredAt(), last.action())
							: new Link(1, null, null, null));
		}
		if (checked > headSeq || !previous.equals(headHash)) {
			return report(checked, headSeq, headHash, ChainBreak.HEAD_CHANGED,
					(last != null) ? last : new Link(0, null, null, null));
		}
		try (Statement statement = connection.createStatement();
				ResultSet outside = statement.executeQuery("select " + COLUMNS
						+ " from audit_event where chain_seq is null order by occurred_at, id limit 1")) {
			if (outside.next()) {
				return report(checked, headSeq, headHash, ChainBreak.OUTSIDE, Event.of(outside).link());
			}
		}
		return report(checked, headSeq, headHash, null, null);
	}

	private static AuditChainReport report(long checked, long headSeq, String headHash, ChainBreak problem, Link at) {
		return new AuditChainReport(checked, headSeq, headHash, problem, at);
	}

	/** The event's hash: SHA-256 over its canonical text, in lower-case hex. */
	static String hash(Event event, String previous) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical(event, previous).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/**
	 * The text that is hashed, as {@code audit_chain_hash} in V20__audit_chain.sql writes
	 * it: the place, the id, the time in UTC to the microsecond, each text field as its
	 * length and itself (or "-" for none), and the previous hash, joined by "|".
	 */
	static String canonical(Event event, String previous) {
		return String.join("|", Long.toString(event.seq()), Long.toString(event.id()), TIME.format(event.occurredAt()),
				field(event.actor()), field(event.clientAddress()), field(event.action()), field(event.entityType()),
				field(event.entityId()), field(event.summary()), field(event.details()), previous);
	}

	private static String field(String value) {
		// PostgreSQL's length() counts characters, not UTF-16 units
		return (value != null) ? value.codePointCount(0, value.length()) + ":" + value : "-";
	}

	record Event(long id, Instant occurredAt, String actor, String clientAddress, String action, String entityType,
			String entityId, String summary, String details, long seq, String hash) {

		static Event of(ResultSet row) throws SQLException {
			return new Event(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					row.getString("actor"), row.getString("client_address"), row.getString("action"),
					row.getString("entity_type"), row.getString("entity_id"), row.getString("summary"),
					row.getString("details"), row.getLong("chain_seq"), row.getString("chain_hash"));
		}

		Link link() {
			return new Link(this.seq, this.id, this.occurredAt, this.action);
		}

	}

}
