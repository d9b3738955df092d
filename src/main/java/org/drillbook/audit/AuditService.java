package org.drillbook.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail. Changes are recorded in the transaction of the change itself, so that
 * a change and its audit line are written together or not at all. Only admins read it.
 */
@Service
public class AuditService {

	private final AuditRepository events;

	private final Clock clock;

	AuditService(AuditRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Records a change to domain data, inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String entityType, Object entityId, Changes changes) {
		write(actor, action, entityType, entityId, changes);
	}

	/**
	 * Records a security event (a sign-in, a refused sign-in, an export) in a transaction
	 * of its own, so that it stays even when what it reports fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSecurityEvent(String actor, String action, String entityType, Object entityId, Changes details) {
		write(actor, action, entityType, entityId, details);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<AuditRow> search(AuditFilter filter, Pageable pageable, ZoneId zone) {
		Pageable sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return this.events.findAll(specification(filter, zone), sorted).map(AuditEvent::row);
	}

	private void write(String actor, String action, String entityType, Object entityId, Changes changes) {
		this.events.save(new AuditEvent(this.clock.instant(), truncate(actor, 64), clientAddress(), action, entityType,
				(entityId != null) ? truncate(entityId.toString(), 64) : null,
				(changes != null && !changes.isEmpty()) ? changes.toString() : null));
	}

	private static Specification<AuditEvent> specification(AuditFilter filter, ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.actor() != null) {
				where.add(cb.equal(cb.lower(root.get("actor")), filter.actor().toLowerCase()));
			}
			if (filter.entityType() != null) {
				where.add(cb.equal(root.get("entityType"), filter.entityType()));
			}
			if (filter.entityId() != null) {
				where.add(cb.equal(root.get("entityId"), filter.entityId()));
			}
			if (filter.from() != null) {
				where
					.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
			}
			if (filter.to() != null) {
				Instant end = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
				where.add(cb.lessThan(root.get("occurredAt"), end));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}
