package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drillbook.account.DrillbookUser;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.unit.UnitDetails;
import org.drillbook.unit.UnitService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.session.internal.Attendance;
import org.drillbook.session.internal.AttendanceRepository;
import org.drillbook.session.internal.DrillResult;
import org.drillbook.session.internal.DrillResultRepository;
import org.drillbook.session.internal.DrillSession;
import org.drillbook.session.internal.DrillSessionRepository;

/**
 * What the logged sessions add up to: a recruit's training record, a unit's training over
 * a period, and a unit's results for export. Set-based queries, a fixed number per page.
 */
@Service
public class TrainingReportService {

	private final DrillSessionRepository sessions;

	private final AttendanceRepository attendance;

	private final DrillResultRepository results;

	private final UnitService units;

	private final RecruitService recruits;

	private final DrillTypeService drillTypes;

	private final AuditService audit;

	private final Clock clock;

	TrainingReportService(DrillSessionRepository sessions, AttendanceRepository attendance,
			DrillResultRepository results, UnitService units, RecruitService recruits, DrillTypeService drillTypes,
			AuditService audit, Clock clock) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.results = results;
		this.units = units;
		this.recruits = recruits;
		this.drillTypes = drillTypes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A recruit's training record, for everyone who may see the recruit; a fixed number
	 * of queries whatever the number of sessions.
	 */
	@Transactional(readOnly = true)
	public TrainingRecord trainingRecord(long recruitId, DrillbookUser actor) {
		SessionAccess.requireTrainer(actor);
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
					drills.get(row.drillTypeId()).name(), row.value(), row.passed(), row.recordedAt(),
					result.getStandardRevision());
			bySession.computeIfAbsent(result.getSessionId(), (k) -> new ArrayList<>()).add(attempt);
			byDrill.computeIfAbsent(row.drillTypeId(), (k) -> new ArrayList<>()).add(attempt);
		}
		Map<Long, AttendanceMark> attendanceBySession = marks.stream()
			.collect(Collectors.toMap(Attendance::getSessionId, Attendance::mark));
		List<TrainingRecord.Entry> entries = sessionsById.values()
			.stream()
			.sorted(java.util.Comparator.comparing(DrillSession::getStartsAt).reversed())
			.map((s) -> new TrainingRecord.Entry(s.getId(), s.getStartsAt(), s.getLocation(),
					attendanceBySession.get(s.getId()), bySession.getOrDefault(s.getId(), List.of())))
			.toList();
		Map<Long, List<org.drillbook.drill.StandardRevision>> standards = this.drillTypes.revisions(drillIds)
			.stream()
			.collect(Collectors.groupingBy(org.drillbook.drill.StandardRevision::drillTypeId));
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
					e.getValue().size(), passes, e.getValue(), standards.getOrDefault(drill.id(), List.of()));
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
		SessionAccess.requireTrainer(actor);
		UnitDetails unit = this.units.details(unitId, actor);
		List<Long> unitIds = this.units.subtree(List.of(unitId));
		java.time.Instant start = from.atStartOfDay(this.clock.getZone()).toInstant();
		java.time.Instant end = to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
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
		List<UnitTraining.Absences> absences = this.attendance.absenceReasons(unitIds, start, end)
			.stream()
			.map((r) -> new UnitTraining.Absences((AttendanceStatus) r[0], (AbsenceReason) r[1], number(r[2])))
			.toList();
		return new UnitTraining(unit.id(), unit.code(), unit.name(), from, to, number(totals[0]), number(totals[1]),
				passRates, absences);
	}

	/**
	 * Every result of a unit (and its sub-units) over a period, for a CSV export;
	 * audited.
	 */
	@Transactional
	public List<ResultLine> unitResults(long unitId, LocalDate from, LocalDate to, DrillbookUser actor) {
		SessionAccess.requireTrainer(actor);
		this.units.details(unitId, actor);
		List<Long> unitIds = this.units.subtree(List.of(unitId));
		List<DrillResult> found = this.results.findForUnits(unitIds,
				from.atStartOfDay(this.clock.getZone()).toInstant(),
				to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant());
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

}
