package org.drillbook.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.drillbook.audit.internal.AuditEvent;
import org.drillbook.audit.internal.AuditRepository;
import org.drillbook.paging.CappedPage;

/**
 * The audit trail. Changes are recorded in the transaction of the change itself, so that
 * a change and its audit line are written together or not at all. Only admins read it.
 */
@Service
public class AuditService {

	/** Who did it, when nobody was named (a sign-in form sent without a username). */
	public static final String NO_ACTOR = "—";

	private final AuditRepository events;

	private final Clock clock;

	private final JsonMapper json;

	private final JdbcTemplate jdbc;

	AuditService(AuditRepository events, Clock clock, JsonMapper json, JdbcTemplate jdbc) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	/** Records a change to domain data, inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, AuditAction action, AuditRecordType type, Object entityId, Changes changes) {
		write(actor, action, type, entityId, changes);
	}

	/**
	 * Records a security event (a sign-in, a refused sign-in, an export) in a transaction
	 * of its own, so that it stays even when what it reports fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSecurityEvent(String actor, AuditAction action, AuditRecordType type, Object entityId,
			Changes details) {
		write(actor, action, type, entityId, details);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<AuditRow> search(AuditFilter filter, Pageable pageable, ZoneId zone) {
		Pageable sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		Specification<AuditEvent> specification = specification(filter, zone);
		Slice<AuditRow> slice = this.events.findBy(specification, (query) -> query.slice(sorted))
			.map((e) -> e.row(this::readDetails));
		// the trail grows by every change ever made: counted only up to a limit past the
		// page
		return CappedPage.of(slice.getContent(), slice.hasNext(), sorted,
				(limit) -> this.events.countAtMost(specification, limit));
	}

	/**
	 * Recomputes the hash chain of the whole trail (see {@link AuditChainVerifier}), in
	 * one snapshot, so that events written meanwhile are simply not yet seen.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditChainReport verifyChain() {
		return this.jdbc.execute((ConnectionCallback<AuditChainReport>) AuditChainVerifier::verify);
	}

	private void write(String actor, AuditAction action, AuditRecordType type, Object entityId, Changes changes) {
		// a sign-in refused for an empty username is still recorded, under a dash
		String who = (actor == null || actor.isBlank()) ? NO_ACTOR : actor;
		boolean any = changes != null && !changes.isEmpty();
		this.events.save(new AuditEvent(this.clock.instant(), truncate(who, 64), clientAddress(), action.name(),
				(type != null) ? type.code() : null, (entityId != null) ? truncate(entityId.toString(), 64) : null,
				any ? changes.toString() : null, any ? this.json.writeValueAsString(changes.details()) : null));
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

	private List<AuditDetail> readDetails(String text) {
		return List.of(this.json.readValue(text, AuditDetail[].class));
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
