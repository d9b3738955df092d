package org.drillbook.audit;

import java.time.Instant;

/** An audit event as the trail shows it. */
public record AuditRow(long id, Instant occurredAt, String actor, String clientAddress, String action,
		String entityType, String entityId, String summary) {

}
