package org.drillbook.recruit;

import java.time.LocalDate;
import java.util.List;
import org.drillbook.account.DrillbookUser;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.unit.UnitService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.recruit.internal.RecruitQueries;

/**
 * The roster of a unit on a day: its members (with its sub-units or alone), counts by
 * status, and the record that a roster left Drillbook as a file. Readers see the rosters
 * of their units only.
 */
@Service
public class RosterService {

	private final UnitService units;

	private final RecruitQueries queries;

	private final AuditService audit;

	RosterService(UnitService units, RecruitQueries queries, AuditService audit) {
		this.units = units;
		this.queries = queries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Roster roster(long unitId, LocalDate asOf, boolean includeSubunits, Pageable pageable, DrillbookUser actor) {
		List<Long> unitIds = rosterUnits(unitId, includeSubunits, actor);
		return new Roster(this.units.details(unitId, actor), asOf, includeSubunits,
				this.queries.roster(unitIds, asOf, pageable), this.queries.rosterCounts(unitIds, asOf));
	}

	/**
	 * The recruit's row of a unit's roster (with sub-units) on a day, if the recruit is
	 * on it.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<RosterRow> rosterMember(long unitId, LocalDate asOf, long recruitId,
			DrillbookUser actor) {
		return this.queries.rosterMember(rosterUnits(unitId, true, actor), asOf, recruitId);
	}

	/**
	 * Records that the roster of a unit was exported (it names people, though not their
	 * identities).
	 */
	@Transactional
	public void recordRosterExport(Roster roster, String format, DrillbookUser actor) {
		this.audit.record(actor.getUsername(), AuditAction.ROSTER_EXPORTED, AuditRecordType.UNIT, roster.unit().id(),
				Changes.of()
					.set("format", format)
					.set("asOf", roster.asOf())
					.set("subunits", roster.includeSubunits())
					.set("rows", roster.members().getNumberOfElements()));
	}

	private List<Long> rosterUnits(long unitId, boolean includeSubunits, DrillbookUser actor) {
		if (!this.units.scopeOf(actor).contains(unitId)) {
			throw new AccessDeniedException("unit outside the reader's units");
		}
		return includeSubunits ? this.units.subtree(List.of(unitId)) : List.of(unitId);
	}

}
