package org.drillbook.instructor;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.ListCrudRepository;

interface InstructorProfileRepository extends ListCrudRepository<InstructorProfile, Long> {

	@EntityGraph(attributePaths = { "categories", "unitIds" })
	List<InstructorProfile> findByAccountIdIn(Collection<Long> accountIds);

}
