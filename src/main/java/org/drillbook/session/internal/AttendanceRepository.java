package org.drillbook.session.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface AttendanceRepository extends ListCrudRepository<Attendance, Long> {

	List<Attendance> findBySessionId(long sessionId);

	List<Attendance> findByRecruitId(long recruitId);

	/** Marks and attendances (present or late) for the units and period. */
	@org.springframework.data.jpa.repository.Query("""
			select count(a), sum(case when a.status in (org.drillbook.session.AttendanceStatus.PRESENT,
			                                             org.drillbook.session.AttendanceStatus.LATE) then 1 else 0 end)
			from Attendance a, DrillSession s
			where a.sessionId = s.id and s.unitId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3
			""")
	List<Object[]> attendanceTotals(java.util.Collection<Long> unitIds, java.time.Instant from, java.time.Instant to);

	Optional<Attendance> findBySessionIdAndRecruitId(long sessionId, long recruitId);

}
