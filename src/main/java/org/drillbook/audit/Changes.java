package org.drillbook.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed, for the trail: fields set or changed, with their values typed so that
 * every reader sees them in their own language. Identity fields go through
 * {@link #masked}, which says only that they changed. Name records by what people know
 * them by (call signs, serials, unit codes), never by database ids.
 */
public final class Changes {

	private static final int MAX_TEXT = 200;

	private final List<AuditDetail> details = new ArrayList<>();

	public static Changes of() {
		return new Changes();
	}

	public Changes set(String field, Object value) {
		if (value != null) {
			this.details.add(new AuditDetail("SET", field, null, value(value), null));
		}
		return this;
	}

	public Changes change(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.details.add(new AuditDetail("CHANGE", field, value(before), value(after), null));
		}
		return this;
	}

	/**
	 * An identity field: never its value, only whether it was set, changed or cleared.
	 */
	public Changes masked(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			String what = (before == null) ? "set" : (after == null) ? "cleared" : "changed";
			this.details
				.add(new AuditDetail("MASKED", field, new AuditDetail.AuditValue("text", List.of(what)), null, null));
		}
		return this;
	}

	/** A sentence of its own: a message key {@code audit.note.*} and its arguments. */
	public Changes note(String key, Object... args) {
		List<String> texts = new ArrayList<>();
		for (Object arg : args) {
			texts.add(String.valueOf(arg));
		}
		this.details.add(new AuditDetail("NOTE", key, null, null, texts));
		return this;
	}

	public boolean isEmpty() {
		return this.details.isEmpty();
	}

	List<AuditDetail> details() {
		return List.copyOf(this.details);
	}

	/** A plain summary, as the trail wrote it before details were kept apart. */
	@Override
	public String toString() {
		return this.details.stream().map(Changes::plain).collect(Collectors.joining("; "));
	}

	private static String plain(AuditDetail d) {
		return switch (d.kind()) {
			case "SET" -> d.field() + ": " + plain(d.after());
			case "CHANGE" -> d.field() + ": " + plain(d.before()) + " → " + plain(d.after());
			case "MASKED" -> d.field() + ": " + d.before().items().get(0) + " (masked)";
			default -> d.field() + (d.args().isEmpty() ? "" : " " + d.args());
		};
	}

	private static String plain(AuditDetail.AuditValue value) {
		if (value == null) {
			return "—";
		}
		String items = String.join(", ", value.items());
		return (value.type().equals("number") || value.type().startsWith("enum:")) ? items : "\"" + items + "\"";
	}

	static AuditDetail.AuditValue value(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> items) {
			Object first = items.isEmpty() ? null : items.iterator().next();
			return new AuditDetail.AuditValue(type(first), items.stream().map(Changes::text).toList());
		}
		return new AuditDetail.AuditValue(type(value), List.of(text(value)));
	}

	private static String type(Object value) {
		if (value instanceof Enum<?> e) {
			return "enum:" + e.getDeclaringClass().getSimpleName();
		}
		if (value instanceof Number) {
			return "number";
		}
		if (value instanceof LocalDate) {
			return "date";
		}
		if (value instanceof Instant) {
			return "instant";
		}
		if (value instanceof Boolean) {
			return "yesNo";
		}
		return "text";
	}

	private static String text(Object value) {
		String text = (value instanceof Enum<?> e) ? e.name() : String.valueOf(value).replace('\n', ' ');
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "…" : text;
	}

}
