package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RosterService;
import org.drillbook.recruit.RosterRow;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.session.internal.Attendance;
import org.drillbook.session.internal.AttendanceRepository;
import org.drillbook.session.internal.DrillResult;
import org.drillbook.session.internal.DrillResultRepository;
import org.drillbook.session.internal.DrillSession;

/**
 * Logging at the range: the sheet of a session (its roster on the day and the guests),
 * each recruit's attendance and attempts, corrections of a mistyped attempt, guests. The
 * pass is decided by the drill's standard, never typed.
 */
@Service
public class RangeLogService {

	/** More rounds than one attempt can plausibly fire: a typing slip. */
	static final int MAX_ROUNDS_PER_RESULT = 1_000;

	private final SessionAccess access;

	private final AttendanceRepository attendance;

	private final DrillResultRepository results;

	private final RecruitService recruits;

	private final RosterService rosters;

	private final DrillTypeService drillTypes;

	private final AuditService audit;

	private final Clock clock;

	RangeLogService(SessionAccess access, AttendanceRepository attendance, DrillResultRepository results,
			RecruitService recruits, RosterService rosters, DrillTypeService drillTypes, AuditService audit,
			Clock clock) {
		this.access = access;
		this.attendance = attendance;
		this.results = results;
		this.recruits = recruits;
		this.rosters = rosters;
		this.drillTypes = drillTypes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The logging screen: the roster of the unit and its sub-units on the session's day.
	 */
	@Transactional(readOnly = true)
	public LogSheet logSheet(long id, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		List<RosterRow> roster = this.rosters
			.roster(session.getUnitId(), this.access.day(session), true, Pageable.unpaged(), actor)
			.members()
			.getContent();
		Map<Long, AttendanceMark> present = this.attendance.findBySessionId(id)
			.stream()
			.collect(Collectors.toMap(Attendance::getRecruitId, Attendance::mark));
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
		return new LogSheet(this.access.details(session, actor), cards);
	}

	/**
	 * Records one recruit's card: attendance and new attempts, in one transaction. A
	 * repeated submission (same key) records nothing twice.
	 * @return the card as it now stands, with everyone's entries
	 */
	@Transactional
	public LogCard recordCard(long id, long recruitId, CardEntry entry, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		session.requireOpen();
		LogCard card = card(session, recruitId, actor);
		if (this.results.existsBySubmissionKey(entry.submissionKey())) {
			return card;
		}
		if (entry.attendance() != null) {
			this.attendance.findBySessionIdAndRecruitId(id, recruitId)
				.ifPresentOrElse(
						(a) -> a.mark(entry.attendance(), entry.reason(), entry.reasonNote(), actor.getUsername(),
								this.clock.instant()),
						() -> this.attendance.save(new Attendance(id, recruitId, entry.attendance(), entry.reason(),
								entry.reasonNote(), actor.getUsername(), this.clock.instant())));
		}
		AttendanceStatus status = (entry.attendance() != null) ? entry.attendance() : card.attendance();
		if (!entry.values().isEmpty()) {
			if (status == null || !status.tookPart()) {
				throw new IllegalSessionChangeException("session.error.notPresent", "attendance");
			}
			Map<Long, DrillTypeRow> drills = this.drillTypes.findAll(session.getDrillTypeIds())
				.stream()
				.collect(Collectors.toMap(DrillTypeRow::id, Function.identity()));
			for (Map.Entry<Long, Integer> rounds : entry.rounds().entrySet()) {
				if (rounds.getValue() < 0 || rounds.getValue() > MAX_ROUNDS_PER_RESULT) {
					throw new IllegalSessionChangeException("session.error.roundsOutOfRange", "r" + rounds.getKey());
				}
			}
			for (Map.Entry<Long, BigDecimal> value : entry.values().entrySet()) {
				DrillTypeRow drill = drills.get(value.getKey());
				if (drill == null) {
					throw new IllegalSessionChangeException("session.error.drillNotInSession");
				}
				BigDecimal maximum = drill.definition().maximum();
				if (value.getValue().signum() < 0 || (maximum != null && value.getValue().compareTo(maximum) > 0)) {
					throw new IllegalSessionChangeException("session.error.valueOutOfRange", "v" + drill.id());
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

	/**
	 * Marks everyone on the sheet who is not yet marked as present; a mark already made
	 * is never changed.
	 * @return how many were marked
	 */
	@Transactional
	public int markAllPresent(long id, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		session.requireOpen();
		Set<Long> marked = this.attendance.findBySessionId(id)
			.stream()
			.map(Attendance::getRecruitId)
			.collect(Collectors.toSet());
		List<Long> unmarked = new ArrayList<>();
		this.rosters.roster(session.getUnitId(), this.access.day(session), true, Pageable.unpaged(), actor)
			.members()
			.forEach((m) -> unmarked.add(m.recruitId()));
		session.getGuestIds().stream().filter((g) -> !unmarked.contains(g)).forEach(unmarked::add);
		unmarked.removeAll(marked);
		for (long recruitId : unmarked) {
			this.attendance.save(new Attendance(id, recruitId, AttendanceStatus.PRESENT, null, null,
					actor.getUsername(), this.clock.instant()));
		}
		if (!unmarked.isEmpty()) {
			this.audit.record(actor.getUsername(), AuditAction.ATTENDANCE_ALL_PRESENT, AuditRecordType.SESSION, id,
					Changes.of().set("marked", unmarked.size()));
		}
		return unmarked.size();
	}

	/**
	 * What a sign-off would seal: attendance counts, who has no result, how many results.
	 */
	@Transactional(readOnly = true)
	public SignOffSummary signOffSummary(long id, DrillbookUser actor) {
		LogSheet sheet = logSheet(id, actor);
		Map<AttendanceStatus, Integer> counts = new java.util.EnumMap<>(AttendanceStatus.class);
		int unmarked = 0;
		int withoutResults = 0;
		int results = 0;
		for (LogCard card : sheet.cards()) {
			if (card.attendance() == null) {
				unmarked++;
			}
			else {
				counts.merge(card.attendance(), 1, Integer::sum);
				if (card.attendance().tookPart() && card.results().isEmpty()) {
					withoutResults++;
				}
			}
			results += card.results().size();
		}
		return new SignOffSummary(sheet.session(), sheet.cards().size(), counts, unmarked, withoutResults, results);
	}

	/** One recorded attempt of an open session, to correct it. */
	@Transactional(readOnly = true)
	public ResultCorrection resultForCorrection(long id, long resultId, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
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
		DrillSession session = this.access.find(id, actor);
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

	/** Adds a recruit of another unit, found by call sign, to the session as a guest. */
	@Transactional
	public void addGuest(long id, String callSign, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		long recruitId = this.recruits.idOfCallSign((callSign != null) ? callSign : "")
			.orElseThrow(() -> new IllegalSessionChangeException("session.error.noSuchCallSign"));
		if (session.addGuest(recruitId)) {
			this.audit.record(actor.getUsername(), AuditAction.SESSION_GUEST_ADDED, AuditRecordType.SESSION, id,
					Changes.of().set("recruit", callSign.strip()));
		}
	}

	/** A session's attendees by call sign, for the armorer who issues weapons for it. */
	@Transactional(readOnly = true)
	public LogSheet forArmory(long id, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return logSheet(id, DrillbookUser.SYSTEM);
	}

	/**
	 * The session with just one recruit's card, for answering a card's submission; no
	 * card when the recruit is neither on the roster nor a guest.
	 */
	@Transactional(readOnly = true)
	public LogSheet sheetForCard(long id, long recruitId, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		return new LogSheet(this.access.details(session, actor), findCard(session, recruitId, actor).stream().toList());
	}

	private LogCard card(DrillSession session, long recruitId, DrillbookUser actor) {
		return findCard(session, recruitId, actor)
			.orElseThrow(() -> new IllegalSessionChangeException("session.error.notOnRoster"));
	}

	/** One recruit's card, in a few queries whatever the size of the roster. */
	private java.util.Optional<LogCard> findCard(DrillSession session, long recruitId, DrillbookUser actor) {
		long id = session.getId();
		AttendanceMark attendance = this.attendance.findBySessionIdAndRecruitId(id, recruitId)
			.map(Attendance::mark)
			.orElse(null);
		List<ResultRow> attempts = this.results.findBySessionAndRecruit(id, recruitId)
			.stream()
			.map(DrillResult::row)
			.toList();
		return this.rosters.rosterMember(session.getUnitId(), this.access.day(session), recruitId, actor)
			.map((m) -> new LogCard(recruitId, m.callSign(), m.unitCode(), false, attendance, attempts))
			.or(() -> session.getGuestIds().contains(recruitId) ? java.util.Optional.of(new LogCard(recruitId,
					this.recruits.callSignsOf(List.of(recruitId)).get(recruitId), "", true, attendance, attempts))
					: java.util.Optional.empty());
	}

}
