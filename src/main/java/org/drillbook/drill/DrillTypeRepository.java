package org.drillbook.drill;

import org.springframework.data.repository.ListCrudRepository;

interface DrillTypeRepository extends ListCrudRepository<DrillType, Long> {

	long countByRetiredFalse();

	boolean existsByNameIgnoreCase(String name);

}
