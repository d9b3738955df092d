package org.drillbook.session.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

import org.springframework.data.repository.ListCrudRepository;

public interface AttendanceRepository extends ListCrudRepository<Attendance, Long> {

	List<Attendance> findByRecruitId(long recruitId);

	/** Marks and attendances (present or late) for the units and period. */
	@org.springframework.data.jpa.repository.Query("""
			select count(a), sum(case when a.status in (org.drillbook.session.AttendanceStatus.PRESENT,
			                                             org.drillbook.session.AttendanceStatus.LATE) then 1 else 0 end)
			from Attendance a, DrillSession s
			where a.sessionId = s.id and s.unitId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3
			""")
	List<Object[]> attendanceTotals(java.util.Collection<Long> unitIds, java.time.Instant from, java.time.Instant to);

	boolean existsBySessionId(long sessionId);

	/**
	 * Excused and absent marks of the units in the period, counted by status and reason
	 * (a null reason for marks made before reasons were asked).
	 */
	@Query("""
			select a.status, a.reason, count(a)
			from Attendance a, DrillSession s
			where a.sessionId = s.id and s.unitId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3
			  and a.status in (org.drillbook.session.AttendanceStatus.EXCUSED, org.drillbook.session.AttendanceStatus.ABSENT)
			group by a.status, a.reason
			order by a.status, a.reason
			""")
	List<Object[]> absenceReasons(java.util.Collection<Long> unitIds, java.time.Instant from, java.time.Instant to);

}
