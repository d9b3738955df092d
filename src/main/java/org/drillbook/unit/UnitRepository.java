package org.drillbook.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	@Query("select u from Unit u where upper(u.code) = upper(?1)")
	Optional<Unit> findByCode(String code);

	long countByArchivedFalse();

}
