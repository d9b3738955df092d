package org.drillbook.audit;

import java.time.LocalDate;

/** What the trail is narrowed to; each part may be null. Dates are inclusive days. */
public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

	public AuditFilter {
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
