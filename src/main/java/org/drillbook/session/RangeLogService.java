package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.StandardKind;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.session.internal.DrillResult;
import org.drillbook.session.internal.DrillResultRepository;
import org.drillbook.session.internal.DrillSession;
import org.drillbook.session.internal.SheetQueries;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the range log: one recruit's row (attendance with its reason, new attempts),
 * everyone present at once, corrections of a mistyped attempt, guests. The pass is
 * decided by the drill's standard, never typed. A row is saved in a fixed number of
 * statements whatever the size of the session.
 */
@Service
public class RangeLogService {

	/** More rounds than one attempt can plausibly fire: a typing slip. */
	static final int MAX_ROUNDS_PER_RESULT = 1_000;

	private final SessionAccess access;

	private final SheetQueries sheets;

	private final DrillResultRepository results;

	private final RecruitService recruits;

	private final DrillTypeService drillTypes;

	private final AuditService audit;

	private final Clock clock;

	/** Rows saved at the range (a repeated submission is not counted again). */
	private final Counter rowsSaved;

	RangeLogService(SessionAccess access, SheetQueries sheets, DrillResultRepository results, RecruitService recruits,
			DrillTypeService drillTypes, AuditService audit, Clock clock, MeterRegistry meters) {
		this.rowsSaved = Counter.builder("drillbook.range.rows.saved")
			.description("Rows of the range log saved")
			.register(meters);
		this.access = access;
		this.sheets = sheets;
		this.results = results;
		this.recruits = recruits;
		this.drillTypes = drillTypes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records one recruit's row: attendance and new attempts, in one transaction. A
	 * repeated submission (same key) records nothing twice, even when both arrive at
	 * once; two instructors saving the same recruit at once both succeed.
	 * @return the session with just this row, as it now stands with everyone's entries
	 */
	@Transactional
	public LogSheet recordRow(long id, long recruitId, CardEntry entry, DrillbookUser actor) {
		DrillSession session = this.access.findForSheet(id, actor);
		session.requireOpen();
		this.sheets.holdSubmission(entry.submissionKey());
		SheetQueries.SheetRow row = this.sheets.rows(id, session.getUnitId(), this.access.day(session), recruitId)
			.rows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalSessionChangeException("session.error.notOnRoster"));
		List<DrillTypeRow> drills = this.drillTypes.findAll(session.getDrillTypeIds());
		SessionDetails details = this.access.forRow(session, drills);
		LogCard card = row.card();
		if (row.submissionKeys().contains(entry.submissionKey())) {
			return new LogSheet(details, List.of(card));
		}
		AttendanceMark mark = (entry.attendance() != null)
				? AttendanceMark.entered(entry.attendance(), entry.reason(), entry.reasonNote()) : card.mark();
		List<DrillResult> attempts = attempts(session, card, mark, entry, drills, actor);
		if (entry.attendance() != null) {
			this.sheets.mark(id, recruitId, mark, actor.getUsername(), this.clock.instant());
			if (!mark.equals(card.mark())) {
				AttendanceMark before = card.mark();
				this.audit.record(actor.getUsername(), AuditAction.ATTENDANCE_MARKED, AuditRecordType.SESSION, id,
						Changes.of()
							.set("recruit", card.callSign())
							.change("attendance", (before != null) ? before.status() : null, mark.status())
							.change("reason", (before != null) ? before.reason() : null, mark.reason())
							.change("reasonNote", (before != null) ? before.note() : null, mark.note()));
			}
		}
		this.rowsSaved.increment();
		List<ResultRow> rows = new ArrayList<>(card.results());
		for (DrillResult attempt : this.results.saveAll(attempts)) {
			ResultRow saved = attempt.row();
			rows.add(saved);
			DrillTypeRow drill = drills.stream().filter((d) -> d.id() == saved.drillTypeId()).findFirst().orElseThrow();
			this.audit.record(actor.getUsername(), AuditAction.RESULT_RECORDED, AuditRecordType.SESSION, id,
					Changes.of()
						.set("recruit", card.callSign())
						.set("drill", drill.name())
						.set("value", saved.value())
						.set("passed", saved.passed()));
		}
		return new LogSheet(details,
				List.of(new LogCard(recruitId, card.callSign(), card.unitCode(), card.guest(), mark, rows)));
	}

	/** Records one recruit's row (see {@link #recordRow}) and returns it. */
	@Transactional
	public LogCard recordCard(long id, long recruitId, CardEntry entry, DrillbookUser actor) {
		return recordRow(id, recruitId, entry, actor).cards().get(0);
	}

	/**
	 * The new attempts of an entry, checked against each drill's standard; nothing is
	 * written until all of them pass (the native upsert of attendance would flush earlier
	 * writes on their own).
	 */
	private List<DrillResult> attempts(DrillSession session, LogCard card, AttendanceMark mark, CardEntry entry,
			List<DrillTypeRow> drills, DrillbookUser actor) {
		if (entry.values().isEmpty() && entry.steps().isEmpty()) {
			return List.of();
		}
		if (mark == null || !mark.status().tookPart()) {
			throw new IllegalSessionChangeException("session.error.notPresent", "attendance");
		}
		for (Map.Entry<Long, Integer> rounds : entry.rounds().entrySet()) {
			if (rounds.getValue() < 0 || rounds.getValue() > MAX_ROUNDS_PER_RESULT) {
				throw new IllegalSessionChangeException("session.error.roundsOutOfRange", "r" + rounds.getKey());
			}
		}
		Map<Long, DrillTypeRow> byId = drills.stream().collect(Collectors.toMap(DrillTypeRow::id, (d) -> d));
		List<DrillResult> attempts = new ArrayList<>();
		for (Map.Entry<Long, BigDecimal> value : entry.values().entrySet()) {
			DrillTypeRow drill = byId.get(value.getKey());
			if (drill == null) {
				throw new IllegalSessionChangeException("session.error.drillNotInSession");
			}
			if (drill.definition().standard() == StandardKind.CHECKLIST) {
				throw new IllegalSessionChangeException("session.error.checklistSteps", "v" + drill.id());
			}
			BigDecimal maximum = drill.definition().maximum();
			if (value.getValue().signum() < 0 || (maximum != null && value.getValue().compareTo(maximum) > 0)) {
				throw new IllegalSessionChangeException("session.error.valueOutOfRange", "v" + drill.id());
			}
			boolean passed = drill.definition().passes(value.getValue());
			attempts.add(new DrillResult(session.getId(), card.recruitId(), drill.id(), value.getValue(),
					entry.rounds().get(drill.id()), passed, drill.standardRevision(), actor.getUsername(),
					this.clock.instant(), entry.submissionKey()));
		}
		for (Map.Entry<Long, java.util.Set<Integer>> ticked : entry.steps().entrySet()) {
			DrillTypeRow drill = byId.get(ticked.getKey());
			if (drill == null) {
				throw new IllegalSessionChangeException("session.error.drillNotInSession");
			}
			DrillTypeDefinition standard = drill.definition();
			java.util.SortedSet<Integer> done = new java.util.TreeSet<>(ticked.getValue());
			if (standard.standard() != StandardKind.CHECKLIST || done.isEmpty() || done.first() < 0
					|| done.last() >= standard.steps().size()) {
				throw new IllegalSessionChangeException("session.error.valueOutOfRange", "v" + drill.id());
			}
			attempts.add(new DrillResult(session.getId(), card.recruitId(), drill.id(), BigDecimal.valueOf(done.size()),
					null, standard.passesChecklist(done), drill.standardRevision(), done, actor.getUsername(),
					this.clock.instant(), entry.submissionKey()));
		}
		return attempts;
	}

	/**
	 * Marks everyone on the sheet who is not yet marked as present; a mark already made
	 * is never changed.
	 * @return how many were marked
	 */
	@Transactional
	public int markAllPresent(long id, DrillbookUser actor) {
		DrillSession session = this.access.findForSheet(id, actor);
		session.requireOpen();
		int marked = this.sheets.markAllPresent(id, session.getUnitId(), this.access.day(session), actor.getUsername(),
				this.clock.instant());
		if (marked > 0) {
			this.audit.record(actor.getUsername(), AuditAction.ATTENDANCE_ALL_PRESENT, AuditRecordType.SESSION, id,
					Changes.of().set("marked", marked));
		}
		return marked;
	}

	/** One recorded attempt of an open session, to correct it. */
	@Transactional(readOnly = true)
	public ResultCorrection resultForCorrection(long id, long resultId, DrillbookUser actor) {
		DrillSession session = this.access.find(id, actor);
		session.requireOpen();
		DrillResult result = resultOf(id, resultId);
		DrillTypeRow drill = this.drillTypes.find(result.getDrillTypeId());
		String callSign = this.recruits.callSignsOf(List.of(result.getRecruitId())).get(result.getRecruitId());
		return new ResultCorrection(id, result.row(), callSign, drill,
				this.drillTypes.standardAt(drill.id(), result.getStandardRevision()));
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
		// judged again by the standard it was logged under, not today's
		DrillTypeDefinition standard = this.drillTypes.standardAt(drill.id(), result.getStandardRevision());
		if (standard.standard() == StandardKind.CHECKLIST) {
			throw new IllegalSessionChangeException("session.error.checklistSteps");
		}
		BigDecimal maximum = standard.maximum();
		if (value.signum() < 0 || (maximum != null && value.compareTo(maximum) > 0)
				|| (roundsFired != null && (roundsFired < 0 || roundsFired > MAX_ROUNDS_PER_RESULT))) {
			throw new IllegalSessionChangeException("session.error.valueOutOfRange");
		}
		boolean passed = standard.passes(value);
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

	/**
	 * Corrects which steps of a checklist attempt were done, while its session is open;
	 * judged again by the revision of the standard it was logged under, audited with the
	 * steps before and after.
	 */
	@Transactional
	public void correctSteps(long id, long resultId, java.util.Set<Integer> steps, String reason, long version,
			DrillbookUser actor) {
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
		DrillTypeDefinition standard = this.drillTypes.standardAt(drill.id(), result.getStandardRevision());
		java.util.SortedSet<Integer> done = new java.util.TreeSet<>(steps);
		if (standard.standard() != StandardKind.CHECKLIST || done.isEmpty() || done.first() < 0
				|| done.last() >= standard.steps().size()) {
			throw new IllegalSessionChangeException("session.error.valueOutOfRange");
		}
		boolean passed = standard.passesChecklist(done);
		Changes changes = Changes.of()
			.set("recruit", this.recruits.callSignsOf(List.of(result.getRecruitId())).get(result.getRecruitId()))
			.set("drill", drill.name())
			.change("steps", String.join(",", result.row().stepsDone().stream().sorted().map(String::valueOf).toList()),
					String.join(",", done.stream().map(String::valueOf).toList()))
			.change("passed", result.isPassed(), passed)
			.set("reason", reason.strip());
		result.correctSteps(done, passed, actor.getUsername(), this.clock.instant());
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

}
