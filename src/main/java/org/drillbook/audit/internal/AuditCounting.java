package org.drillbook.audit.internal;

import org.springframework.data.jpa.domain.Specification;

/** Counts audit events up to a limit (the trail grows by every change ever made). */
public interface AuditCounting {

	long countAtMost(Specification<AuditEvent> specification, long limit);

}
