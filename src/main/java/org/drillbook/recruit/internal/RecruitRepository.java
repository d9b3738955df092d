package org.drillbook.recruit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.drillbook.recruit.RecruitNotFoundException;
import org.drillbook.recruit.RecruitStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

public interface RecruitRepository extends ListCrudRepository<Recruit, Long>, RecruitVersioning {

	/**
	 * Recruits by status from the counters the database keeps with the data (V30), not
	 * from a count over every recruit.
	 */
	@Query(nativeQuery = true, value = "select status as status, recruits as count from recruit_status_count")
	List<StatusCount> countByStatus();

	boolean existsByCallSignIgnoreCase(String callSign);

	@Query("select r from Recruit r where lower(r.callSign) = lower(?1)")
	Optional<Recruit> findByCallSignIgnoreCase(String callSign);

	@Query("select lower(r.callSign) from Recruit r where lower(r.callSign) in ?1")
	List<String> takenCallSigns(java.util.Collection<String> lowerCallSigns);

	/** The recruit, or {@link RecruitNotFoundException}. */
	default Recruit findExisting(long id) {
		return findById(id).orElseThrow(() -> new RecruitNotFoundException(id));
	}

	/**
	 * The recruit to change, as the user saw it: a different version means someone else
	 * changed it first.
	 */
	default Recruit findForChange(long id, long version) {
		Recruit recruit = findExisting(id);
		if (recruit.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Recruit.class, id);
		}
		return recruit;
	}

	interface StatusCount {

		RecruitStatus getStatus();

		long getCount();

	}

}
