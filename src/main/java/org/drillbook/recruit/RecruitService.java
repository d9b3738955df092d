package org.drillbook.recruit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.unit.UnitSummary;
import org.drillbook.unit.UnitScope;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.recruit.internal.Membership;
import org.drillbook.recruit.internal.MembershipRepository;
import org.drillbook.recruit.internal.Recruit;
import org.drillbook.recruit.internal.RecruitQueries;
import org.drillbook.recruit.internal.RecruitRepository;
import org.drillbook.recruit.internal.StatusChange;

/**
 * Recruits: intake, identity, lifecycle, unit membership and rosters. Admins change them;
 * instructors read those of their units, never identities; armorers read call signs.
 */
@Service
public class RecruitService {

	private final RecruitRepository recruits;

	private final MembershipRepository memberships;

	private final RecruitQueries queries;

	private final UnitService units;

	private final AuditService audit;

	private final Clock clock;

	private final QualificationCheck qualificationCheck;

	private final RosterService rosters;

	RecruitService(RecruitRepository recruits, MembershipRepository memberships, RecruitQueries queries,
			UnitService units, AuditService audit, Clock clock, QualificationCheck qualificationCheck,
			RosterService rosters) {
		this.rosters = rosters;
		this.qualificationCheck = qualificationCheck;
		this.audit = audit;
		this.recruits = recruits;
		this.memberships = memberships;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<RecruitRow> search(RecruitFilter filter, Pageable pageable, DrillbookUser actor) {
		UnitScope scope = this.units.scopeOf(actor);
		Collection<Long> unitIds = null;
		if (filter.unitId() != null) {
			if (!scope.contains(filter.unitId())) {
				throw new AccessDeniedException("unit outside the reader's units");
			}
			unitIds = this.units.subtree(List.of(filter.unitId()));
		}
		Collection<Long> scopeIds = scope.everything() ? null : orNone(scope.unitIds());
		return this.queries.search(filter, unitIds, scopeIds, pageable);
	}

	@Transactional(readOnly = true)
	public RecruitDetails details(long id, DrillbookUser actor) {
		Recruit recruit = find(id);
		Membership current = this.memberships.findCurrent(id).orElse(null);
		checkReadable(current, actor);
		List<Membership> memberships = this.memberships.findHistory(id);
		Map<Long, UnitSummary> units = this.units
			.summariesOf(memberships.stream().map(Membership::getUnitId).collect(Collectors.toSet()));
		List<MembershipRow> history = memberships.stream().map((m) -> m.row(units.get(m.getUnitId()))).toList();
		return new RecruitDetails(recruit.getId(), recruit.getCallSign(), recruit.getStatus(), recruit.getIntakeDate(),
				(current != null) ? current.row(units.get(current.getUnitId())) : null,
				actor.is(Role.ADMIN) ? recruit.identity() : null, recruit.getStatus().next(),
				recruit.getStatusChanges().stream().map(StatusChange::row).toList(), history, recruit.getVersion());
	}

	/** A recruit with identity, for an admin's edit form. */
	@Transactional(readOnly = true)
	public RecruitDetails detailsForChange(long id, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		return details(id, actor);
	}

	/** Takes in one recruit, optionally straight into a unit. */
	@Transactional
	public long enlist(NewRecruit recruit, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		checkCallSignFree(recruit.callSign(), null);
		Recruit created = this.recruits.save(Recruit.enlist(recruit.callSign(), recruit.intakeDate(),
				recruit.identity(), actor.getUsername(), this.clock.instant()));
		Changes changes = Changes.of()
			.set("callSign", created.getCallSign())
			.set("intakeDate", created.getIntakeDate());
		identityChanges(changes, IdentityDetails.EMPTY, recruit.identity());
		if (recruit.unitId() != null) {
			UnitSummary unit = this.rosters.activeUnit(recruit.unitId());
			this.memberships.save(new Membership(created, unit.id(), recruit.position(), recruit.intakeDate()));
			changes.set("unit", unit.code()).set("position", recruit.position());
		}
		this.audit.record(actor.getUsername(), AuditAction.RECRUIT_ENLISTED, AuditRecordType.RECRUIT, created.getId(),
				changes);
		return created.getId();
	}

	/** Corrects a recruit's call sign, intake date and identity. */
	@Transactional
	public void update(long id, String callSign, LocalDate intakeDate, IdentityDetails identity, long version,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Recruit recruit = findForChange(id, version);
		checkCallSignFree(callSign, id);
		Changes changes = Changes.of()
			.change("callSign", recruit.getCallSign(), callSign.strip())
			.change("intakeDate", recruit.getIntakeDate(), intakeDate);
		identityChanges(changes, recruit.identity(), identity);
		recruit.correct(callSign, intakeDate);
		recruit.replaceIdentity(identity);
		this.audit.record(actor.getUsername(), AuditAction.RECRUIT_UPDATED, AuditRecordType.RECRUIT, id, changes);
	}

	@Transactional
	public void changeStatus(long id, RecruitStatus to, String reason, long version, DrillbookUser actor) {
		changeStatus(id, to, reason, false, version, actor);
	}

	/**
	 * Changes a recruit's status. A move to QUALIFIED needs the qualifications that the
	 * recruit's unit (and the units above it) require; without them it is refused, unless
	 * the admin overrides, which is recorded with what was missing. Every change needs a
	 * reason.
	 */
	@Transactional
	public void changeStatus(long id, RecruitStatus to, String reason, boolean override, long version,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Recruit recruit = findForChange(id, version);
		RecruitStatus from = recruit.getStatus();
		if (reason == null || reason.isBlank()) {
			throw new StatusReasonRequiredException();
		}
		String why = reason.strip();
		String overridden = null;
		if (to == RecruitStatus.QUALIFIED && from.canMoveTo(to)) {
			List<String> missing = this.qualificationCheck.missingFor(id);
			if (!missing.isEmpty()) {
				if (!override) {
					throw new QualificationsMissingException(missing);
				}
				overridden = String.join(", ", missing);
			}
		}
		recruit.changeStatus(to, why, actor.getUsername(), this.clock.instant(), overridden);
		this.audit.record(actor.getUsername(),
				(overridden != null) ? AuditAction.RECRUIT_QUALIFIED_BY_OVERRIDE : AuditAction.RECRUIT_STATUS_CHANGED,
				AuditRecordType.RECRUIT, id,
				Changes.of().change("status", from, to).set("reason", why).set("missingQualifications", overridden));
	}

	private static void identityChanges(Changes changes, IdentityDetails before, IdentityDetails after) {
		changes.masked("legalName", before.legalName(), after.legalName())
			.masked("dateOfBirth", before.dateOfBirth(), after.dateOfBirth())
			.masked("nationality", before.nationality(), after.nationality())
			.masked("phone", before.phone(), after.phone())
			.masked("emergencyContact", before.emergencyContact(), after.emergencyContact())
			.masked("personalNotes", before.personalNotes(), after.personalNotes());
	}

	/**
	 * The recruit with this call sign (any unit: only the call sign is shown), if there
	 * is one.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> idOfCallSign(String callSign) {
		return this.recruits.findByCallSignIgnoreCase(callSign.strip()).map(Recruit::getId);
	}

	/** Call signs of the given recruits, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> callSignsOf(Collection<Long> ids) {
		Map<Long, String> callSigns = new HashMap<>();
		for (Recruit recruit : this.recruits.findAllById(ids)) {
			callSigns.put(recruit.getId(), recruit.getCallSign());
		}
		return callSigns;
	}

	@Transactional(readOnly = true)
	public boolean callSignTaken(String callSign) {
		return this.recruits.existsByCallSignIgnoreCase(callSign);
	}

	@Transactional(readOnly = true)
	public Map<RecruitStatus, Long> countByStatus() {
		Map<RecruitStatus, Long> counts = new EnumMap<>(RecruitStatus.class);
		for (RecruitStatus status : RecruitStatus.values()) {
			counts.put(status, 0L);
		}
		for (RecruitRepository.StatusCount row : this.recruits.countByStatus()) {
			counts.put(row.getStatus(), row.getCount());
		}
		return counts;
	}

	private void checkReadable(Membership current, DrillbookUser actor) {
		UnitScope scope = this.units.scopeOf(actor);
		if (!scope.everything() && (current == null || !scope.contains(current.getUnitId()))) {
			throw new AccessDeniedException("recruit outside the reader's units");
		}
	}

	private void checkCallSignFree(String callSign, Long except) {
		this.recruits.findByCallSignIgnoreCase(callSign.strip())
			.filter((other) -> !other.getId().equals(except))
			.ifPresent((other) -> {
				throw new DuplicateCallSignException(callSign);
			});
	}

	private Recruit find(long id) {
		return this.recruits.findExisting(id);
	}

	private Recruit findForChange(long id, long version) {
		return this.recruits.findForChange(id, version);
	}

	private static Collection<Long> orNone(Collection<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
