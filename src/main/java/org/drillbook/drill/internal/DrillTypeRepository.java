package org.drillbook.drill.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DrillTypeRepository extends org.springframework.data.jpa.repository.JpaRepository<DrillType, Long> {

	long countByRetiredFalse();

	boolean existsByNameIgnoreCase(String name);

	@Query("select count(d) > 0 from DrillType d where lower(d.name) = lower(?1) and d.id <> ?2")
	boolean nameTakenByAnother(String name, long id);

	@Query("select d from DrillType d where (?1 = true or d.retired = false) order by d.category, lower(d.name)")
	Page<DrillType> catalogue(boolean includeRetired, Pageable pageable);

}
