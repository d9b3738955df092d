package org.drillbook.session;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AttendanceRepository extends ListCrudRepository<Attendance, Long> {

	List<Attendance> findBySessionId(long sessionId);

	List<Attendance> findByRecruitId(long recruitId);

	Optional<Attendance> findBySessionIdAndRecruitId(long sessionId, long recruitId);

}
