package org.drillbook.instructor.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.ListCrudRepository;

public interface InstructorProfileRepository extends ListCrudRepository<InstructorProfile, Long> {

	@EntityGraph(attributePaths = { "categories", "unitIds" })
	List<InstructorProfile> findByAccountIdIn(Collection<Long> accountIds);

}
