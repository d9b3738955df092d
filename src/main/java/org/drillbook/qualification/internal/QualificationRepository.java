package org.drillbook.qualification.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QualificationRepository extends JpaRepository<Qualification, Long> {

	boolean existsByNameIgnoreCase(String name);

	@Query("select count(q) > 0 from Qualification q where lower(q.name) = lower(?1) and q.id <> ?2")
	boolean nameTakenByAnother(String name, long id);

	@Query("select q from Qualification q where (?1 = true or q.retired = false) order by lower(q.name)")
	Page<Qualification> list(boolean includeRetired, Pageable pageable);

	@Query("select q from Qualification q where q.retired = false order by lower(q.name)")
	List<Qualification> findActive();

}
