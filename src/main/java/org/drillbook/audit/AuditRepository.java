package org.drillbook.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface AuditRepository extends ListCrudRepository<AuditEvent, Long>, PagingAndSortingRepository<AuditEvent, Long>,
		JpaSpecificationExecutor<AuditEvent> {

}
