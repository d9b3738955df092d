package org.drillbook.audit.internal;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

public interface AuditRepository extends ListCrudRepository<AuditEvent, Long>,
		PagingAndSortingRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent>, AuditCounting {

}
