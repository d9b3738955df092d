package org.drillbook.api.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.LogCard;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.ResultRow;
import org.drillbook.session.SessionDetails;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionService;
import org.drillbook.session.SessionStatus;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drill sessions, and results sent in by a range device or an offline client: a result
 * carries a submission key, and sending it again records nothing twice.
 */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "Sessions", description = "Drill sessions and their results")
class SessionApiController {

	private final SessionService sessions;

	private final RangeLogService rangeLog;

	SessionApiController(SessionService sessions, RangeLogService rangeLog) {
		this.sessions = sessions;
		this.rangeLog = rangeLog;
	}

	@GetMapping
	@Operation(summary = "Sessions of the units the caller may see, newest first or upcoming")
	ApiPage<SessionJson> sessions(@RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "false") boolean upcoming, @ParameterObject Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user) {
		return ApiPage.of(this.sessions.list(unit, upcoming, false, pageable, user), SessionJson::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One session: its unit, time, place, instructors and drills")
	SessionDetailsJson session(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		SessionDetails s = this.sessions.details(id, user);
		return new SessionDetailsJson(s.id(), s.unitId(), s.unitCode(), s.startsAt(), s.location(), s.status(),
				s.leadInstructor(), s.assistants(),
				s.drills().stream().map((d) -> new SessionDrillJson(d.id(), d.name())).toList(), s.signedOffBy(),
				s.signedOffAt());
	}

	@PostMapping("/{id}/results")
	@Operation(summary = "Records one recruit's attendance and results in an open session",
			description = "Idempotent: a repeat with the same submissionKey records nothing twice and answers"
					+ " the recruit's row as it stands. A checklist drill takes the indexes of the steps done"
					+ " (steps: {drillId: [0, 2]}), the others a value (values: {drillId: 4.5}).")
	RecordedJson record(@PathVariable long id, @Valid @RequestBody ResultSubmission submission,
			@AuthenticationPrincipal DrillbookUser user) {
		LogCard card = this.rangeLog.recordCard(id, submission.recruitId(),
				new CardEntry(submission.attendance(), submission.reason(), submission.reasonNote(),
						submission.values(), submission.rounds(), submission.steps(), submission.submissionKey()),
				user);
		return new RecordedJson(id, card.recruitId(), card.callSign(), card.attendance(),
				card.results().stream().map(ResultJson::of).toList());
	}

	record SessionJson(long id, long unitId, String unitCode, Instant startsAt, String location, SessionStatus status,
			String leadInstructor) {

		static SessionJson of(SessionRow row) {
			return new SessionJson(row.id(), row.unitId(), row.unitCode(), row.startsAt(), row.location(), row.status(),
					row.leadInstructor());
		}

	}

	record SessionDrillJson(long id, String name) {
	}

	record SessionDetailsJson(long id, long unitId, String unitCode, Instant startsAt, String location,
			SessionStatus status, String leadInstructor, List<String> assistants, List<SessionDrillJson> drills,
			String signedOffBy, Instant signedOffAt) {
	}

	/**
	 * One recruit's row: attendance (with a reason when excused or absent) and, for some
	 * of the session's drills, a value (drill id → value) and rounds fired.
	 */
	record ResultSubmission(@NotNull Long recruitId, AttendanceStatus attendance, AbsenceReason reason,
			@Size(max = 200) String reasonNote, Map<Long, BigDecimal> values, Map<Long, Integer> rounds,
			Map<Long, java.util.Set<Integer>> steps, @NotNull UUID submissionKey) {
	}

	record ResultJson(long id, long drillTypeId, BigDecimal value, Integer roundsFired, boolean passed,
			String recordedBy, Instant recordedAt, int standardRevision, java.util.SortedSet<Integer> stepsDone) {

		static ResultJson of(ResultRow row) {
			return new ResultJson(row.id(), row.drillTypeId(), row.value(), row.roundsFired(), row.passed(),
					row.recordedBy(), row.recordedAt(), row.standardRevision(),
					new java.util.TreeSet<>(row.stepsDone()));
		}

	}

	record RecordedJson(long sessionId, long recruitId, String callSign, AttendanceStatus attendance,
			List<ResultJson> results) {
	}

}
