package org.drillbook.recruit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MembershipRepository extends ListCrudRepository<Membership, Long> {

	@Query("select m from Membership m where m.recruit.id = ?1 and m.validTo is null")
	Optional<Membership> findCurrent(long recruitId);

	@Query("select m from Membership m where m.recruit.id = ?1 order by m.validFrom desc, m.id desc")
	List<Membership> findHistory(long recruitId);

	void flush();

}
