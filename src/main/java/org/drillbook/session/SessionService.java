package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RosterRow;
import org.drillbook.unit.UnitDetails;
import org.drillbook.unit.UnitScope;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drill sessions: planning, the session's life (open, sign off, reopen, cancel) and
 * logging attendance and results at the range. Instructors work on the sessions of their
 * units and sub-units; admins on all.
 */
@Service
public class SessionService {

	/** More rounds than one attempt can plausibly fire: a typing slip. */
	static final int MAX_ROUNDS_PER_RESULT = 1_000;

	private final DrillSessionRepository sessions;

	private final AttendanceRepository attendance;

	private final DrillResultRepository results;

	private final UnitService units;

	private final RecruitService recruits;

	private final DrillTypeService drillTypes;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	private final ZoneId zone;

	SessionService(DrillSessionRepository sessions, AttendanceRepository attendance, DrillResultRepository results,
			UnitService units, RecruitService recruits, DrillTypeService drillTypes, AccountService accounts,
			AuditService audit, Clock clock) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.results = results;
		this.units = units;
		this.recruits = recruits;
		this.drillTypes = drillTypes;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.zone = clock.getZone();
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
		DrillSession session = findForChange(id, version, actor);
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
		findForChange(id, version, actor).open();
		this.audit.record(actor.getUsername(), AuditAction.SESSION_OPENED, AuditRecordType.SESSION, id, null);
	}

	@Transactional
	public void signOff(long id, long version, DrillbookUser actor) {
		findForChange(id, version, actor).signOff(actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.SESSION_SIGNED_OFF, AuditRecordType.SESSION, id, null);
	}

	@Transactional
	public void cancel(long id, long version, DrillbookUser actor) {
		findForChange(id, version, actor).cancel();
		this.audit.record(actor.getUsername(), AuditAction.SESSION_CANCELLED, AuditRecordType.SESSION, id, null);
	}

	/** Only an admin reopens a signed-off session, and says why. */
	@Transactional
	public void reopen(long id, String reason, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (reason == null || reason.isBlank()) {
			throw new IllegalSessionChangeException("session.error.reasonRequired");
		}
		findForChange(id, version, actor).reopen();
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
		requireTrainer(actor);
		UnitScope scope = this.units.scopeOf(actor);
		boolean everything = scope.everything() && unitId == null;
		Set<Long> unitIds = new HashSet<>();
		if (unitId != null) {
			if (!scope.contains(unitId)) {
				throw new AccessDeniedException("unit outside the reader's units");
			}
			unitIds.addAll(this.units.subtree(List.of(unitId)));
		}
		else if (!scope.everything()) {
			unitIds.addAll(scope.unitIds());
		}
		if (unitIds.isEmpty()) {
			unitIds.add(-1L);
		}
		long instructor = (instructorId != null) ? instructorId : 0;
		Page<DrillSession> page = upcoming
				? this.sessions.upcoming(everything, unitIds, this.clock.instant(), instructor, pageable)
				: this.sessions.past(everything, unitIds, this.clock.instant(), instructor, pageable);
		Map<Long, String> codes = this.units.codesOf(page.map(DrillSession::getUnitId).toSet());
		Map<Long, String> names = this.accounts.namesOf(page.map(DrillSession::getLeadInstructorId).toSet());
		return page.map((s) -> new SessionRow(s.getId(), s.getUnitId(), codes.get(s.getUnitId()), s.getStartsAt(),
				s.getLocation(), s.getStatus(), names.get(s.getLeadInstructorId())));
	}

	@Transactional(readOnly = true)
	public SessionDetails details(long id, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		return details(session, actor);
	}

	/**
	 * The logging screen: the roster of the unit and its sub-units on the session's day.
	 */
	@Transactional(readOnly = true)
	public LogSheet logSheet(long id, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		List<RosterRow> roster = this.recruits
			.roster(session.getUnitId(), day(session), true, Pageable.unpaged(), actor)
			.members()
			.getContent();
		Map<Long, AttendanceStatus> present = this.attendance.findBySessionId(id)
			.stream()
			.collect(Collectors.toMap(Attendance::getRecruitId, Attendance::getStatus));
		Map<Long, List<ResultRow>> byRecruit = this.results.findBySession(id)
			.stream()
			.map(DrillResult::row)
			.collect(Collectors.groupingBy(ResultRow::recruitId));
		List<LogCard> cards = new ArrayList<>(roster.size());
		Set<Long> onRoster = new HashSet<>();
		for (RosterRow member : roster) {
			onRoster.add(member.recruitId());
			cards.add(new LogCard(member.recruitId(), member.callSign(), member.unitCode(), false,
					present.get(member.recruitId()), byRecruit.getOrDefault(member.recruitId(), List.of())));
		}
		Set<Long> guests = new HashSet<>(session.getGuestIds());
		guests.removeAll(onRoster);
		Map<Long, String> guestCallSigns = this.recruits.callSignsOf(guests);
		guests.stream()
			.sorted(java.util.Comparator.comparing(guestCallSigns::get))
			.forEach((guest) -> cards.add(new LogCard(guest, guestCallSigns.get(guest), "", true, present.get(guest),
					byRecruit.getOrDefault(guest, List.of()))));
		return new LogSheet(details(session, actor), cards);
	}

	/**
	 * Records one recruit's card: attendance and new attempts, in one transaction. A
	 * repeated submission (same key) records nothing twice.
	 * @return the card as it now stands, with everyone's entries
	 */
	@Transactional
	public LogCard recordCard(long id, long recruitId, CardEntry entry, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		session.requireOpen();
		LogCard card = card(session, recruitId, actor);
		if (this.results.existsBySubmissionKey(entry.submissionKey())) {
			return card;
		}
		if (entry.attendance() != null) {
			this.attendance.findBySessionIdAndRecruitId(id, recruitId)
				.ifPresentOrElse((a) -> a.mark(entry.attendance(), actor.getUsername(), this.clock.instant()),
						() -> this.attendance.save(new Attendance(id, recruitId, entry.attendance(),
								actor.getUsername(), this.clock.instant())));
		}
		AttendanceStatus status = (entry.attendance() != null) ? entry.attendance() : card.attendance();
		if (!entry.values().isEmpty()) {
			if (status == null || !status.tookPart()) {
				throw new IllegalSessionChangeException("session.error.notPresent");
			}
			Map<Long, DrillTypeRow> drills = this.drillTypes.findAll(session.getDrillTypeIds())
				.stream()
				.collect(Collectors.toMap(DrillTypeRow::id, Function.identity()));
			if (entry.rounds().values().stream().anyMatch((r) -> r < 0 || r > MAX_ROUNDS_PER_RESULT)) {
				throw new IllegalSessionChangeException("session.error.roundsOutOfRange");
			}
			for (Map.Entry<Long, BigDecimal> value : entry.values().entrySet()) {
				DrillTypeRow drill = drills.get(value.getKey());
				if (drill == null) {
					throw new IllegalSessionChangeException("session.error.drillNotInSession");
				}
				BigDecimal maximum = drill.definition().maximum();
				if (value.getValue().signum() < 0 || (maximum != null && value.getValue().compareTo(maximum) > 0)) {
					throw new IllegalSessionChangeException("session.error.valueOutOfRange");
				}
				boolean passed = drill.definition().passes(value.getValue());
				this.results
					.save(new DrillResult(id, recruitId, drill.id(), value.getValue(), entry.rounds().get(drill.id()),
							passed, actor.getUsername(), this.clock.instant(), entry.submissionKey()));
				this.audit.record(actor.getUsername(), AuditAction.RESULT_RECORDED, AuditRecordType.SESSION, id,
						Changes.of()
							.set("recruit", card.callSign())
							.set("drill", drill.name())
							.set("value", value.getValue())
							.set("passed", passed));
			}
		}
		this.results.flush();
		return card(session, recruitId, actor);
	}

	/** One recorded attempt of an open session, to correct it. */
	@Transactional(readOnly = true)
	public ResultCorrection resultForCorrection(long id, long resultId, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		session.requireOpen();
		DrillResult result = resultOf(id, resultId);
		DrillTypeRow drill = this.drillTypes.find(result.getDrillTypeId());
		String callSign = this.recruits.callSignsOf(List.of(result.getRecruitId())).get(result.getRecruitId());
		return new ResultCorrection(id, result.row(), callSign, drill);
	}

	/**
	 * Corrects a mistyped attempt while its session is open (an admin reopens a
	 * signed-off one first); the pass is decided again by the drill's standard, and the
	 * old and new values go to the audit trail.
	 */
	@Transactional
	public void correctResult(long id, long resultId, BigDecimal value, Integer roundsFired, String reason,
			long version, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		session.requireOpen();
		if (reason == null || reason.isBlank()) {
			throw new IllegalSessionChangeException("session.error.correctionReason");
		}
		DrillResult result = resultOf(id, resultId);
		if (result.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DrillResult.class, resultId);
		}
		DrillTypeRow drill = this.drillTypes.find(result.getDrillTypeId());
		BigDecimal maximum = drill.definition().maximum();
		if (value.signum() < 0 || (maximum != null && value.compareTo(maximum) > 0)
				|| (roundsFired != null && (roundsFired < 0 || roundsFired > MAX_ROUNDS_PER_RESULT))) {
			throw new IllegalSessionChangeException("session.error.valueOutOfRange");
		}
		boolean passed = drill.definition().passes(value);
		Changes changes = Changes.of()
			.set("recruit", this.recruits.callSignsOf(List.of(result.getRecruitId())).get(result.getRecruitId()))
			.set("drill", drill.name())
			.change("value", result.getValue(), value)
			.change("rounds", result.getRoundsFired(), roundsFired)
			.change("passed", result.isPassed(), passed)
			.set("reason", reason.strip());
		result.correct(value, roundsFired, passed, actor.getUsername(), this.clock.instant());
		this.results.flush();
		this.audit.record(actor.getUsername(), AuditAction.RESULT_CORRECTED, AuditRecordType.SESSION, id, changes);
	}

	private DrillResult resultOf(long sessionId, long resultId) {
		return this.results.findById(resultId)
			.filter((r) -> r.getSessionId() == sessionId)
			.orElseThrow(() -> new SessionNotFoundException(sessionId));
	}

	/**
	 * A recruit's training record, for everyone who may see the recruit; a fixed number
	 * of queries whatever the number of sessions.
	 */
	@Transactional(readOnly = true)
	public TrainingRecord trainingRecord(long recruitId, DrillbookUser actor) {
		requireTrainer(actor);
		String callSign = this.recruits.details(recruitId, actor).callSign();
		List<Attendance> marks = this.attendance.findByRecruitId(recruitId);
		List<DrillResult> attempts = this.results.findByRecruit(recruitId);
		Set<Long> sessionIds = new HashSet<>();
		marks.forEach((a) -> sessionIds.add(a.getSessionId()));
		attempts.forEach((r) -> sessionIds.add(r.getSessionId()));
		Map<Long, DrillSession> sessionsById = this.sessions.findAllById(sessionIds)
			.stream()
			.collect(Collectors.toMap(DrillSession::getId, Function.identity()));
		Set<Long> drillIds = attempts.stream().map((r) -> r.row().drillTypeId()).collect(Collectors.toSet());
		Map<Long, DrillTypeRow> drills = this.drillTypes.findAll(drillIds)
			.stream()
			.collect(Collectors.toMap(DrillTypeRow::id, Function.identity()));
		Map<Long, List<TrainingRecord.Attempt>> bySession = new java.util.HashMap<>();
		Map<Long, List<TrainingRecord.Attempt>> byDrill = new java.util.LinkedHashMap<>();
		for (DrillResult result : attempts) {
			ResultRow row = result.row();
			TrainingRecord.Attempt attempt = new TrainingRecord.Attempt(row.drillTypeId(),
					drills.get(row.drillTypeId()).name(), row.value(), row.passed(), row.recordedAt());
			bySession.computeIfAbsent(result.getSessionId(), (k) -> new ArrayList<>()).add(attempt);
			byDrill.computeIfAbsent(row.drillTypeId(), (k) -> new ArrayList<>()).add(attempt);
		}
		Map<Long, AttendanceStatus> attendanceBySession = marks.stream()
			.collect(Collectors.toMap(Attendance::getSessionId, Attendance::getStatus));
		List<TrainingRecord.Entry> entries = sessionsById.values()
			.stream()
			.sorted(java.util.Comparator.comparing(DrillSession::getStartsAt).reversed())
			.map((s) -> new TrainingRecord.Entry(s.getId(), s.getStartsAt(), s.getLocation(),
					attendanceBySession.get(s.getId()), bySession.getOrDefault(s.getId(), List.of())))
			.toList();
		List<TrainingRecord.Best> bests = byDrill.entrySet().stream().map((e) -> {
			DrillTypeRow drill = drills.get(e.getKey());
			boolean lowerIsBetter = drill.definition().standard() == org.drillbook.drill.StandardKind.TIME;
			BigDecimal best = e.getValue()
				.stream()
				.map(TrainingRecord.Attempt::value)
				.reduce((a, b) -> (lowerIsBetter ? a.compareTo(b) <= 0 : a.compareTo(b) >= 0) ? a : b)
				.orElseThrow();
			int passes = (int) e.getValue().stream().filter(TrainingRecord.Attempt::passed).count();
			return new TrainingRecord.Best(drill.id(), drill.name(), drill.definition().standard().name(), best,
					e.getValue().size(), passes, e.getValue());
		}).toList();
		int attended = (int) marks.stream().filter((a) -> a.getStatus().tookPart()).count();
		return new TrainingRecord(recruitId, callSign, marks.size(), attended, entries, bests);
	}

	/**
	 * A unit's (and its sub-units') attendance and pass rates per drill over a period;
	 * set-based.
	 */
	@Transactional(readOnly = true)
	public UnitTraining unitTraining(long unitId, LocalDate from, LocalDate to, DrillbookUser actor) {
		requireTrainer(actor);
		UnitDetails unit = this.units.details(unitId, actor);
		List<Long> unitIds = this.units.subtree(List.of(unitId));
		java.time.Instant start = from.atStartOfDay(this.zone).toInstant();
		java.time.Instant end = to.plusDays(1).atStartOfDay(this.zone).toInstant();
		Object[] totals = this.attendance.attendanceTotals(unitIds, start, end).get(0);
		List<Object[]> rates = this.results.passRates(unitIds, start, end);
		Map<Long, DrillTypeRow> drills = this.drillTypes
			.findAll(rates.stream().map((r) -> (Long) r[0]).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DrillTypeRow::id, Function.identity()));
		List<UnitTraining.PassRate> passRates = rates.stream()
			.map((r) -> new UnitTraining.PassRate((Long) r[0], drills.get((Long) r[0]).name(), (Long) r[1],
					(Long) r[2]))
			.sorted(java.util.Comparator.comparing(UnitTraining.PassRate::drill))
			.toList();
		return new UnitTraining(unit.id(), unit.code(), unit.name(), from, to, number(totals[0]), number(totals[1]),
				passRates);
	}

	/**
	 * Every result of a unit (and its sub-units) over a period, for a CSV export;
	 * audited.
	 */
	@Transactional
	public List<ResultLine> unitResults(long unitId, LocalDate from, LocalDate to, DrillbookUser actor) {
		requireTrainer(actor);
		this.units.details(unitId, actor);
		List<Long> unitIds = this.units.subtree(List.of(unitId));
		List<DrillResult> found = this.results.findForUnits(unitIds, from.atStartOfDay(this.zone).toInstant(),
				to.plusDays(1).atStartOfDay(this.zone).toInstant());
		Map<Long, DrillSession> sessionsById = this.sessions
			.findAllById(found.stream().map(DrillResult::getSessionId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DrillSession::getId, Function.identity()));
		Map<Long, String> codes = this.units
			.codesOf(sessionsById.values().stream().map(DrillSession::getUnitId).collect(Collectors.toSet()));
		Map<Long, String> callSigns = this.recruits
			.callSignsOf(found.stream().map(DrillResult::getRecruitId).collect(Collectors.toSet()));
		Map<Long, DrillTypeRow> drills = this.drillTypes
			.findAll(found.stream().map((r) -> r.row().drillTypeId()).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DrillTypeRow::id, Function.identity()));
		this.audit.record(actor.getUsername(), AuditAction.RESULTS_EXPORTED, AuditRecordType.UNIT, unitId,
				Changes.of().set("from", from).set("to", to).set("rows", found.size()));
		return found.stream().map((r) -> {
			ResultRow row = r.row();
			DrillSession session = sessionsById.get(r.getSessionId());
			return new ResultLine(session.getStartsAt(), session.getId(), session.getLocation(),
					codes.get(session.getUnitId()), callSigns.get(row.recruitId()),
					drills.get(row.drillTypeId()).name(), row.value(), row.roundsFired(), row.passed(),
					row.recordedBy());
		}).toList();
	}

	private static long number(Object value) {
		return (value == null) ? 0 : ((Number) value).longValue();
	}

	/** Adds a recruit of another unit, found by call sign, to the session as a guest. */
	@Transactional
	public void addGuest(long id, String callSign, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		long recruitId = this.recruits.idOfCallSign((callSign != null) ? callSign : "")
			.orElseThrow(() -> new IllegalSessionChangeException("session.error.noSuchCallSign"));
		if (session.addGuest(recruitId)) {
			this.audit.record(actor.getUsername(), AuditAction.SESSION_GUEST_ADDED, AuditRecordType.SESSION, id,
					Changes.of().set("recruit", callSign.strip()));
		}
	}

	/** Sessions of today and tomorrow, for the armorer who prepares weapons. */
	@Transactional(readOnly = true)
	public List<SessionRow> soonForArmory(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		LocalDate today = LocalDate.now(this.clock);
		List<DrillSession> found = this.sessions.between(today.atStartOfDay(this.zone).toInstant(),
				today.plusDays(2).atStartOfDay(this.zone).toInstant());
		Map<Long, String> codes = this.units.codesOf(found.stream().map(DrillSession::getUnitId).toList());
		Map<Long, String> names = this.accounts.namesOf(found.stream().map(DrillSession::getLeadInstructorId).toList());
		return found.stream()
			.map((s) -> new SessionRow(s.getId(), s.getUnitId(), codes.get(s.getUnitId()), s.getStartsAt(),
					s.getLocation(), s.getStatus(), names.get(s.getLeadInstructorId())))
			.toList();
	}

	/** A session's attendees by call sign, for the armorer who issues weapons for it. */
	@Transactional(readOnly = true)
	public LogSheet forArmory(long id, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return logSheet(id, DrillbookUser.SYSTEM);
	}

	/** Lead instructors to choose from: instructors and admins, by name. */
	@Transactional(readOnly = true)
	public List<AccountRow> trainers(DrillbookUser actor) {
		requireTrainer(actor);
		List<AccountRow> trainers = new ArrayList<>(
				this.accounts.list(Role.INSTRUCTOR, PageRequest.of(0, 500)).getContent());
		trainers.addAll(this.accounts.list(Role.ADMIN, PageRequest.of(0, 100)).getContent());
		return trainers.stream().filter(AccountRow::enabled).toList();
	}

	/** The session with just one recruit's card, for answering a card's submission. */
	@Transactional(readOnly = true)
	public LogSheet sheetForCard(long id, long recruitId, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		return new LogSheet(details(session, actor), List.of(card(session, recruitId, actor)));
	}

	/** One recruit's card, in a few queries whatever the size of the roster. */
	private LogCard card(DrillSession session, long recruitId, DrillbookUser actor) {
		long id = session.getId();
		AttendanceStatus attendance = this.attendance.findBySessionIdAndRecruitId(id, recruitId)
			.map(Attendance::getStatus)
			.orElse(null);
		List<ResultRow> attempts = this.results.findBySessionAndRecruit(id, recruitId)
			.stream()
			.map(DrillResult::row)
			.toList();
		return this.recruits.rosterMember(session.getUnitId(), day(session), recruitId, actor)
			.map((m) -> new LogCard(recruitId, m.callSign(), m.unitCode(), false, attendance, attempts))
			.or(() -> session.getGuestIds().contains(recruitId) ? java.util.Optional.of(new LogCard(recruitId,
					this.recruits.callSignsOf(List.of(recruitId)).get(recruitId), "", true, attendance, attempts))
					: java.util.Optional.empty())
			.orElseThrow(() -> new IllegalSessionChangeException("session.error.notOnRoster"));
	}

	private SessionDetails details(DrillSession session, DrillbookUser actor) {
		UnitDetails unit = this.units.details(session.getUnitId(), actor);
		Set<Long> people = new HashSet<>(session.getAssistantIds());
		people.add(session.getLeadInstructorId());
		Map<Long, String> names = this.accounts.namesOf(people);
		return new SessionDetails(session.getId(), unit.id(), unit.code(), unit.name(), session.getStartsAt(),
				session.getLocation(), session.getStatus(), session.getLeadInstructorId(),
				names.get(session.getLeadInstructorId()),
				session.getAssistantIds().stream().map(names::get).sorted().toList(), session.getAssistantIds(),
				this.drillTypes.findAll(session.getDrillTypeIds()), session.getSignedOffBy(), session.getSignedOffAt(),
				session.getVersion());
	}

	private void checkPlan(SessionPlan plan, DrillbookUser actor) {
		requireTrainer(actor);
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

	private static void requireTrainer(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
	}

	private LocalDate day(DrillSession session) {
		return LocalDate.ofInstant(session.getStartsAt(), this.zone);
	}

	private DrillSession find(long id, DrillbookUser actor) {
		requireTrainer(actor);
		DrillSession session = this.sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
		if (!this.units.scopeOf(actor).contains(session.getUnitId())) {
			throw new AccessDeniedException("session outside the reader's units");
		}
		return session;
	}

	private DrillSession findForChange(long id, long version, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		if (session.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DrillSession.class, id);
		}
		return session;
	}

	/** A unit as people know it, by code. */
	private String unitCode(long unitId) {
		return this.units.codesOf(List.of(unitId)).get(unitId);
	}

}
