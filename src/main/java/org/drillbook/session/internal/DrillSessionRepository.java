package org.drillbook.session.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DrillSessionRepository extends ListCrudRepository<DrillSession, Long>, SessionListing {

	/** A session with its drills and assistants, in one statement. */
	@Query("select s from DrillSession s left join fetch s.drillTypeIds left join fetch s.assistantIds where s.id = ?1")
	java.util.Optional<DrillSession> findWithDrills(long id);

	@Modifying
	@Query(nativeQuery = true, value = "insert into drill_session_reopening (session_id, reason, reopened_by,"
			+ " reopened_at) values (?1, ?2, ?3, ?4)")
	void recordReopening(long sessionId, String reason, String by, Instant at);

}
