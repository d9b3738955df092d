package org.drillbook.recruit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.drillbook.recruit.RecruitStatus;

public interface RecruitRepository extends ListCrudRepository<Recruit, Long>, RecruitVersioning {

	@Query("select r.status as status, count(r) as count from Recruit r group by r.status")
	List<StatusCount> countByStatus();

	boolean existsByCallSignIgnoreCase(String callSign);

	@Query("select r from Recruit r where lower(r.callSign) = lower(?1)")
	Optional<Recruit> findByCallSignIgnoreCase(String callSign);

	@Query("select lower(r.callSign) from Recruit r where lower(r.callSign) in ?1")
	List<String> takenCallSigns(java.util.Collection<String> lowerCallSigns);

	interface StatusCount {

		RecruitStatus getStatus();

		long getCount();

	}

}
