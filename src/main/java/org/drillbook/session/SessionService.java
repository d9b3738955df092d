package org.drillbook.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.AccountRow;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.paging.CappedPage;
import org.drillbook.unit.UnitScope;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.session.internal.AttendanceRepository;
import org.drillbook.session.internal.DrillSession;
import org.drillbook.session.internal.DrillSessionRepository;
import org.drillbook.session.internal.SessionFilter;

/**
 * Drill sessions: planning and the session's life (open, sign off, reopen, cancel), the
 * lists of sessions. Logging at the range is {@link RangeLogService}'s, what the sessions
 * add up to {@link TrainingReportService}'s. Instructors work on the sessions of their
 * units and sub-units; admins on all.
 */
@Service
public class SessionService {

	private final SessionAccess access;

	private final DrillSessionRepository sessions;

	private final UnitService units;

	private final DrillTypeService drillTypes;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	private final AttendanceRepository attendance;

	SessionService(SessionAccess access, DrillSessionRepository sessions, AttendanceRepository attendance,
			UnitService units, DrillTypeService drillTypes, AccountService accounts, AuditService audit, Clock clock) {
		this.access = access;
		this.attendance = attendance;
		this.sessions = sessions;
		this.units = units;
		this.drillTypes = drillTypes;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long plan(SessionPlan plan, DrillbookUser actor) {
		checkPlan(plan, actor);
		DrillSession session = this.sessions.save(new DrillSession(plan, this.clock.instant()));
		this.audit.record(actor.getUsername(), AuditAction.SESSION_PLANNED, AuditRecordType.SESSION, session.getId(),
				Changes.of()
					.set("unit", unitCode(plan.unitId()))
					.set("startsAt", plan.startsAt())
					.set("location", plan.location())
					.set("drills", plan.drillTypeIds().size()));
		return session.getId();
	}

	@Transactional
	public void replan(long id, SessionPlan plan, long version, DrillbookUser actor) {
		DrillSession session = this.access.findForChange(id, version, actor);
		checkPlan(plan, actor);
		Changes changes = Changes.of()
			.change("startsAt", session.getStartsAt(), plan.startsAt())
			.change("location", session.getLocation(), plan.location().strip())
			.change("unit", unitCode(session.getUnitId()), unitCode(plan.unitId()));
		session.replan(plan);
		this.audit.record(actor.getUsername(), AuditAction.SESSION_REPLANNED, AuditRecordType.SESSION, id, changes);
	}

	@Transactional
	public void open(long id, long version, DrillbookUser actor) {
		this.access.findForChange(id, version, actor).open();
		this.audit.record(actor.getUsername(), AuditAction.SESSION_OPENED, AuditRecordType.SESSION, id, null);
	}

	/**
	 * Seals the session's log. A sheet on which nobody is marked is refused: a session
	 * that did not happen is cancelled, not signed off.
	 */
	@Transactional
	public void signOff(long id, long version, DrillbookUser actor) {
		DrillSession session = this.access.findForChange(id, version, actor);
		if (session.getStatus() == SessionStatus.OPEN && !this.attendance.existsBySessionId(id)) {
			throw new IllegalSessionChangeException("session.error.nothingLogged");
		}
		session.signOff(actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.SESSION_SIGNED_OFF, AuditRecordType.SESSION, id, null);
	}

	/** Cancels a session not yet signed off; the reason is kept and audited. */
	@Transactional
	public void cancel(long id, String reason, long version, DrillbookUser actor) {
		this.access.findForChange(id, version, actor).cancel(reason);
		this.audit.record(actor.getUsername(), AuditAction.SESSION_CANCELLED, AuditRecordType.SESSION, id,
				Changes.of().set("reason", reason.strip()));
	}

	/** Only an admin reopens a signed-off session, and says why. */
	@Transactional
	public void reopen(long id, String reason, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (reason == null || reason.isBlank()) {
			throw new IllegalSessionChangeException("session.error.reasonRequired");
		}
		this.access.findForChange(id, version, actor).reopen();
		this.sessions.recordReopening(id, reason.strip(), actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.SESSION_REOPENED, AuditRecordType.SESSION, id,
				Changes.of().set("reason", reason.strip()));
	}

	@Transactional(readOnly = true)
	public Page<SessionRow> list(Long unitId, boolean upcoming, boolean mine, Pageable pageable, DrillbookUser actor) {
		return list(unitId, upcoming, mine ? actor.id() : null, pageable, actor);
	}

	/**
	 * Sessions by unit (with sub-units) and by instructor (lead or assistant), within the
	 * reader's units.
	 */
	@Transactional(readOnly = true)
	public Page<SessionRow> list(Long unitId, boolean upcoming, Long instructorId, Pageable pageable,
			DrillbookUser actor) {
		SessionAccess.requireTrainer(actor);
		UnitScope scope = this.units.scopeOf(actor);
		Instant now = this.clock.instant();
		SessionFilter filter = upcoming ? SessionFilter.upcoming(now) : SessionFilter.past(now);
		if (unitId != null) {
			if (!scope.contains(unitId)) {
				throw new AccessDeniedException("unit outside the reader's units");
			}
			filter = filter.ofUnits(this.units.subtree(List.of(unitId)));
		}
		else if (!scope.everything()) {
			filter = filter.ofUnits(scope.unitIds());
		}
		if (instructorId != null) {
			filter = filter.ledBy(instructorId);
		}
		SessionFilter chosen = filter;
		List<DrillSession> found = this.sessions.listed(chosen, pageable.getOffset(), pageable.getPageSize() + 1);
		boolean more = found.size() > pageable.getPageSize();
		return CappedPage.of(rows(more ? found.subList(0, pageable.getPageSize()) : found), more, pageable,
				(limit) -> this.sessions.countAtMost(chosen, limit));
	}

	/**
	 * The next sessions of exactly these units (not their sub-units), soonest first,
	 * without who leads them: for a trainee's own page, which the trainee module checks.
	 */
	@Transactional(readOnly = true)
	public List<SessionRow> upcomingOf(Collection<Long> unitIds, int max, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (unitIds.isEmpty()) {
			return List.of();
		}
		List<DrillSession> found = this.sessions.listed(SessionFilter.upcoming(this.clock.instant()).ofUnits(unitIds),
				0, max);
		Map<Long, String> codes = this.units.codesOf(found.stream().map(DrillSession::getUnitId).toList());
		return found.stream()
			.map((s) -> new SessionRow(s.getId(), s.getUnitId(), codes.get(s.getUnitId()), s.getStartsAt(),
					s.getLocation(), s.getStatus(), null))
			.toList();
	}

	@Transactional(readOnly = true)
	public SessionDetails details(long id, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		return this.access.details(session, actor);
	}

	/** The most sessions the dashboard lists for today and tomorrow. */
	public static final int SOON_LIMIT = 20;

	/**
	 * The sessions of the reader's units today (also those already under way or over) and
	 * tomorrow, soonest first: where an instructor's day starts. Empty for those who do
	 * not train.
	 */
	@Transactional(readOnly = true)
	public List<SessionRow> todayAndTomorrow(DrillbookUser actor) {
		if (actor == null || !(actor.is(Role.ADMIN) || actor.is(Role.INSTRUCTOR))) {
			return List.of();
		}
		UnitScope scope = this.units.scopeOf(actor);
		SessionFilter filter = todayAndTomorrow();
		return rows(this.sessions.listed(scope.everything() ? filter : filter.ofUnits(scope.unitIds()), 0, SOON_LIMIT));
	}

	/** The furthest page of today's and tomorrow's sessions the armory lists. */
	public static final int SOON_PAGES = 1000;

	/**
	 * Sessions of today and tomorrow, for the armorer who prepares weapons: a page of
	 * {@value #SOON_LIMIT}, soonest first (a brigade has thousands), the page number kept
	 * within 0 and {@value #SOON_PAGES}.
	 */
	@Transactional(readOnly = true)
	public Slice<SessionRow> soonForArmory(int page, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Pageable pageable = PageRequest.of(Math.max(0, Math.min(page, SOON_PAGES)), SOON_LIMIT);
		List<DrillSession> found = this.sessions.listed(todayAndTomorrow(), pageable.getOffset(), SOON_LIMIT + 1);
		boolean more = found.size() > SOON_LIMIT;
		return new SliceImpl<>(rows(more ? found.subList(0, SOON_LIMIT) : found), pageable, more);
	}

	private SessionFilter todayAndTomorrow() {
		LocalDate today = LocalDate.now(this.clock);
		return SessionFilter.between(today.atStartOfDay(this.clock.getZone()).toInstant(),
				today.plusDays(2).atStartOfDay(this.clock.getZone()).toInstant());
	}

	private List<SessionRow> rows(List<DrillSession> found) {
		Map<Long, String> codes = this.units.codesOf(found.stream().map(DrillSession::getUnitId).toList());
		Map<Long, String> names = this.accounts.namesOf(found.stream().map(DrillSession::getLeadInstructorId).toList());
		return found.stream()
			.map((s) -> new SessionRow(s.getId(), s.getUnitId(), codes.get(s.getUnitId()), s.getStartsAt(),
					s.getLocation(), s.getStatus(), names.get(s.getLeadInstructorId())))
			.toList();
	}

	/** Lead instructors to choose from: instructors and admins, by name. */
	@Transactional(readOnly = true)
	public List<AccountRow> trainers(DrillbookUser actor) {
		SessionAccess.requireTrainer(actor);
		List<AccountRow> trainers = new ArrayList<>(
				this.accounts.list(Role.INSTRUCTOR, PageRequest.of(0, 500)).getContent());
		trainers.addAll(this.accounts.list(Role.ADMIN, PageRequest.of(0, 100)).getContent());
		return trainers.stream().filter(AccountRow::enabled).toList();
	}

	private void checkPlan(SessionPlan plan, DrillbookUser actor) {
		SessionAccess.requireTrainer(actor);
		if (!this.units.scopeOf(actor).contains(plan.unitId())) {
			throw new AccessDeniedException("unit outside the planner's units");
		}
		Set<Long> active = this.drillTypes.active().stream().map(DrillTypeRow::id).collect(Collectors.toSet());
		if (!active.containsAll(plan.drillTypeIds())) {
			throw new IllegalSessionChangeException("session.error.retiredDrill");
		}
		Set<Long> people = new HashSet<>(plan.assistantIds());
		people.add(plan.leadInstructorId());
		if (!this.accounts.areTrainers(people)) {
			throw new IllegalSessionChangeException("session.error.notATrainer");
		}
	}

	/** A unit as people know it, by code. */
	private String unitCode(long unitId) {
		return this.units.codesOf(List.of(unitId)).get(unitId);
	}

}
