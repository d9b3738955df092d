package org.drillbook.audit;

import java.time.LocalDate;

/** What the trail is narrowed to; each part may be null. Dates are inclusive days. */
public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

	public AuditFilter {
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	/**
	 * A period whose first day is after its last: it can hold nothing, and the user
	 * should hear why.
	 */
	public boolean backwards() {
		return this.from != null && this.to != null && this.from.isAfter(this.to);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
