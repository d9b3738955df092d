package org.drillbook.session.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DrillResultRepository extends ListCrudRepository<DrillResult, Long> {

	@Query("""
			select r from DrillResult r, DrillSession s
			where r.sessionId = s.id and s.unitId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3
			order by s.startsAt, r.id
			""")
	List<DrillResult> findForUnits(java.util.Collection<Long> unitIds, java.time.Instant from, java.time.Instant to);

	/** Attempts and passes per drill type, for the units and period. */
	@Query("""
			select r.drillTypeId, count(r), sum(case when r.passed = true then 1 else 0 end)
			from DrillResult r, DrillSession s
			where r.sessionId = s.id and s.unitId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3
			group by r.drillTypeId
			""")
	List<Object[]> passRates(java.util.Collection<Long> unitIds, java.time.Instant from, java.time.Instant to);

	@Query("select r from DrillResult r where r.recruitId = ?1 order by r.recordedAt, r.id")
	List<DrillResult> findByRecruit(long recruitId);

	void flush();

}
