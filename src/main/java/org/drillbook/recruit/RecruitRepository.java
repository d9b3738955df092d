package org.drillbook.recruit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecruitRepository extends ListCrudRepository<Recruit, Long> {

	@Query("select r.status as status, count(r) as count from Recruit r group by r.status")
	List<StatusCount> countByStatus();

	boolean existsByCallSignIgnoreCase(String callSign);

	interface StatusCount {

		RecruitStatus getStatus();

		long getCount();

	}

}
