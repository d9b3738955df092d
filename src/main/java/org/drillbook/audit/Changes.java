package org.drillbook.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A summary of what changed, for the trail: {@code field: before → after}. Identity
 * fields go through {@link #masked}, which says only that they changed.
 */
public final class Changes {

	private final List<String> parts = new ArrayList<>();

	public static Changes of() {
		return new Changes();
	}

	public Changes set(String field, Object value) {
		if (value != null) {
			this.parts.add(field + ": " + quote(value));
		}
		return this;
	}

	public Changes change(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(field + ": " + quote(before) + " → " + quote(after));
		}
		return this;
	}

	/**
	 * An identity field: never its value, only whether it was set, changed or cleared.
	 */
	public Changes masked(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			String what = (before == null) ? "set" : (after == null) ? "cleared" : "changed";
			this.parts.add(field + ": " + what + " (masked)");
		}
		return this;
	}

	public Changes note(String text) {
		this.parts.add(text);
		return this;
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	@Override
	public String toString() {
		return String.join("; ", this.parts);
	}

	private static String quote(Object value) {
		if (value == null) {
			return "—";
		}
		String text = value.toString().replace('\n', ' ');
		if (text.length() > 200) {
			text = text.substring(0, 200) + "…";
		}
		return (value instanceof Number || value instanceof Enum<?>) ? text : "\"" + text + "\"";
	}

}
