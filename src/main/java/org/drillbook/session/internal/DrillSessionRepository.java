package org.drillbook.session.internal;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DrillSessionRepository extends ListCrudRepository<DrillSession, Long>, SessionCounting {

	/**
	 * Sessions from now on, soonest first (by id among those at the same time, so that
	 * pages neither repeat nor skip one); {@code instructorId} 0 means any instructor.
	 */
	@Query("""
			select s from DrillSession s
			where (?1 = true or s.unitId in ?2) and s.startsAt >= ?3
			  and (?4 = 0 or s.leadInstructorId = ?4 or ?4 member of s.assistantIds)
			order by s.startsAt, s.id
			""")
	Slice<DrillSession> upcoming(boolean everything, Collection<Long> units, Instant now, long instructorId,
			Pageable pageable);

	/** Sessions before now, latest first. */
	@Query("""
			select s from DrillSession s
			where (?1 = true or s.unitId in ?2) and s.startsAt < ?3
			  and (?4 = 0 or s.leadInstructorId = ?4 or ?4 member of s.assistantIds)
			order by s.startsAt desc, s.id desc
			""")
	Slice<DrillSession> past(boolean everything, Collection<Long> units, Instant now, long instructorId,
			Pageable pageable);

	/** A session with its drills and assistants, in one statement. */
	@Query("select s from DrillSession s left join fetch s.drillTypeIds left join fetch s.assistantIds where s.id = ?1")
	java.util.Optional<DrillSession> findWithDrills(long id);

	/** Sessions of the given units (or all) starting in [from, to), soonest first. */
	@Query("""
			select s from DrillSession s
			where (?1 = true or s.unitId in ?2) and s.startsAt >= ?3 and s.startsAt < ?4
			order by s.startsAt, s.id
			""")
	Slice<DrillSession> within(boolean everything, Collection<Long> units, Instant from, Instant to, Pageable pageable);

	@Modifying
	@Query(nativeQuery = true, value = "insert into drill_session_reopening (session_id, reason, reopened_by,"
			+ " reopened_at) values (?1, ?2, ?3, ?4)")
	void recordReopening(long sessionId, String reason, String by, Instant at);

}
