package org.drillbook.recruit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
import org.drillbook.recruit.internal.Membership;
import org.drillbook.recruit.internal.MembershipRepository;
import org.drillbook.recruit.internal.Recruit;
import org.drillbook.recruit.internal.RecruitQueries;
import org.drillbook.recruit.internal.RecruitRepository;
import org.drillbook.account.Role;
import org.drillbook.unit.UnitSummary;

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

	private final RecruitRepository recruits;

	private final MembershipRepository memberships;

	private final Clock clock;

	RosterService(UnitService units, RecruitQueries queries, AuditService audit, RecruitRepository recruits,
			MembershipRepository memberships, Clock clock) {
		this.clock = clock;
		this.units = units;
		this.queries = queries;
		this.audit = audit;
		this.recruits = recruits;
		this.memberships = memberships;
	}

	/**
	 * Ends the recruit's current membership on the given day and starts one in the new
	 * unit the same day, in one step; a recruit without a unit simply joins it.
	 */
	@Transactional
	public void transfer(long id, long unitId, Position position, LocalDate day, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Recruit recruit = this.recruits.findForChange(id, version);
		UnitSummary unit = activeUnit(unitId);
		Changes changes = Changes.of();
		this.memberships.findCurrent(id).ifPresent((current) -> {
			changes.change("unit", this.units.summary(current.getUnitId()).code(), unit.code())
				.change("position", current.getPosition(), position);
			if (current.getUnitId() == unitId && current.getPosition() == position) {
				throw new TransferException("recruit.transfer.error.same");
			}
			current.end(day);
			this.memberships.flush();
		});
		this.memberships.save(new Membership(recruit, unit.id(), position, day));
		this.recruits.forceVersionIncrement(recruit);
		if (changes.isEmpty()) {
			changes.set("unit", unit.code()).set("position", position);
		}
		this.audit.record(actor.getUsername(), AuditAction.RECRUIT_TRANSFERRED, AuditRecordType.RECRUIT, id,
				changes.set("from", day));
	}

	/** The unit to join: it must not be archived. */
	UnitSummary activeUnit(long unitId) {
		UnitSummary unit = this.units.summary(unitId);
		if (unit.archived()) {
			throw new TransferException("recruit.transfer.error.archived");
		}
		return unit;
	}

	@Transactional(readOnly = true)
	public Roster roster(long unitId, LocalDate asOf, boolean includeSubunits, Pageable pageable, DrillbookUser actor) {
		if (!this.units.inScope(actor, unitId)) {
			throw new AccessDeniedException("unit outside the reader's units");
		}
		UnitSummary unit = this.units.summaryOf(unitId);
		RecruitQueries.RosterUnits covered = new RecruitQueries.RosterUnits(unitId, unit.code(), includeSubunits);
		Map<RecruitStatus, Long> counts = asOf.equals(LocalDate.now(this.clock))
				? this.queries.rosterCountsToday(covered, asOf) : this.queries.rosterCounts(covered, asOf);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new Roster(unit, asOf, includeSubunits, this.queries.roster(covered, asOf, pageable, total), counts);
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

}
