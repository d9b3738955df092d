package org.drillbook.audit;

import java.time.Instant;
import java.util.List;

/**
 * An audit event as the trail shows it; {@code details} is null for events written before
 * details were kept apart, which show their plain {@code summary}.
 */
public record AuditRow(long id, Instant occurredAt, String actor, String clientAddress, String action,
		String entityType, String entityId, String summary, List<AuditDetail> details) {

}
