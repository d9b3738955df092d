package org.drillbook.session;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DrillResultRepository extends ListCrudRepository<DrillResult, Long> {

	@Query("select r from DrillResult r where r.sessionId = ?1 order by r.id")
	List<DrillResult> findBySession(long sessionId);

	@Query("select r from DrillResult r where r.sessionId = ?1 and r.recruitId = ?2 order by r.id")
	List<DrillResult> findBySessionAndRecruit(long sessionId, long recruitId);

	boolean existsBySubmissionKey(UUID submissionKey);

	@Query("select r from DrillResult r where r.recruitId = ?1 order by r.recordedAt, r.id")
	List<DrillResult> findByRecruit(long recruitId);

	void flush();

}
