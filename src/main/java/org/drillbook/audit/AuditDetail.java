package org.drillbook.audit;

import java.util.List;

/**
 * One part of what an audit event says, kept apart so that each reader sees it in their
 * language: a field set to a value, changed from one value to another, an identity field
 * of which only the kind of change is told, or a note (a message key with arguments).
 *
 * @param kind {@code SET}, {@code CHANGE}, {@code MASKED} or {@code NOTE}
 * @param field the field's name (label {@code audit.field.NAME}); for a note its key
 * @param before the value before a change; for a masked field what happened to it
 * ({@code set}, {@code changed}, {@code cleared})
 * @param after the value set or after a change
 * @param args a note's arguments
 */
public record AuditDetail(String kind, String field, AuditValue before, AuditValue after, List<String> args) {

	/**
	 * A value and how to read it: {@code text}, {@code number}, {@code date},
	 * {@code instant}, {@code yesNo}, or {@code enum:SimpleName} (each item labelled
	 * {@code SimpleName.ITEM}); a collection keeps its items apart.
	 */
	public record AuditValue(String type, List<String> items) {

	}

}
