package org.drillbook.audit.internal;

import jakarta.persistence.EntityManager;
import org.drillbook.paging.CappedCount;

import org.springframework.data.jpa.domain.Specification;

public class AuditCountingImpl implements AuditCounting {

	private final EntityManager em;

	public AuditCountingImpl(EntityManager em) {
		this.em = em;
	}

	@Override
	public long countAtMost(Specification<AuditEvent> specification, long limit) {
		return CappedCount.of(this.em, AuditEvent.class, specification, limit);
	}

}
