package org.drillbook.session.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;
import org.drillbook.report.PdfReport;
import org.drillbook.session.LogCard;
import org.drillbook.session.LogSheet;
import org.drillbook.session.ResultLine;
import org.drillbook.session.ResultRow;
import org.drillbook.session.SessionDetails;
import org.drillbook.session.RangeSheetService;
import org.drillbook.session.TrainingReportService;
import org.drillbook.system.LocalizedDates;
import org.drillbook.system.LocalizedNumbers;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's training over a period, its results as CSV, and a session's sheet as PDF. */
@Controller
class ReportsController {

	static final int DEFAULT_DAYS = 90;

	private final TrainingReportService reports;

	private final RangeSheetService rangeSheet;

	private final LocalizedDates dates;

	private final MessageSource messages;

	private final LocalizedNumbers numbers;

	private final org.drillbook.drill.DrillTypeService drillTypes;

	ReportsController(TrainingReportService reports, RangeSheetService rangeSheet, LocalizedDates dates,
			MessageSource messages, LocalizedNumbers numbers, org.drillbook.drill.DrillTypeService drillTypes) {
		this.drillTypes = drillTypes;
		this.numbers = numbers;
		this.reports = reports;
		this.rangeSheet = rangeSheet;
		this.dates = dates;
		this.messages = messages;
	}

	@GetMapping("/units/{id}/training")
	String unitTraining(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user, HtmxRequest htmx, Model model) {
		LocalDate end = (to != null) ? to : this.dates.today();
		LocalDate start = (from != null) ? from : end.minusDays(DEFAULT_DAYS);
		model.addAttribute("training", this.reports.unitTraining(id, start, end, user));
		return htmx.isHtmxRequest() ? "session/unit-training :: summary" : "session/unit-training";
	}

	@GetMapping("/units/{id}/results.csv")
	ResponseEntity<byte[]> unitResults(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user) {
		LocalDate end = (to != null) ? to : this.dates.today();
		LocalDate start = (from != null) ? from : end.minusDays(DEFAULT_DAYS);
		List<ResultLine> lines = this.reports.unitResults(id, start, end, user);
		byte[] csv = CsvReport.write(
				List.of(text("results.csv.time"), text("results.csv.session"), text("session.field.location"),
						text("recruit.field.unit"), text("recruit.field.callSign"), text("drill.field.name"),
						text("results.csv.value"), text("session.value.rounds"), text("results.csv.passed"),
						text("results.csv.recordedBy")),
				lines.stream()
					.map((l) -> List.<Object>of(l.startsAt().toString(), l.sessionId(), l.location(), l.unitCode(),
							l.callSign(), l.drill(), l.value().toPlainString(),
							(l.roundsFired() != null) ? l.roundsFired() : "", l.passed() ? "1" : "0", l.recordedBy()))
					.toList());
		return Download.of(csv, "results-" + id + "-" + start + "-" + end + ".csv", Download.CSV);
	}

	@GetMapping("/sessions/{id}/sheet.pdf")
	ResponseEntity<byte[]> sessionSheet(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		LogSheet sheet = this.rangeSheet.logSheet(id, user);
		SessionDetails s = sheet.session();
		List<String> headers = new ArrayList<>(List.of(text("recruit.field.callSign"), text("session.attendance")));
		s.drills().forEach((d) -> headers.add(d.name()));
		List<List<String>> rows = new ArrayList<>();
		for (LogCard card : sheet.cards()) {
			List<String> row = new ArrayList<>(List.of(card.callSign(),
					(card.attendance() != null) ? text("AttendanceStatus." + card.attendance()) : "—"));
			for (DrillTypeRow drill : s.drills()) {
				row.add(String.join(", ",
						card.resultsFor(drill.id())
							.stream()
							.map((ResultRow r) -> this.numbers.decimal(r.value()) + checklistOf(drill, r) + " "
									+ text(r.passed() ? "sheet.pass" : "sheet.fail"))
							.toList()));
			}
			rows.add(row);
		}
		List<String> subtitles = new ArrayList<>(
				List.of(text("sheet.when", this.dates.dateTime(s.startsAt()), s.location()),
						text("sheet.instructors", s.leadInstructor(),
								s.assistants().isEmpty() ? "—" : String.join(", ", s.assistants())),
						text("sheet.status", text("SessionStatus." + s.status()))));
		if (s.signedOffBy() != null) {
			subtitles.add(text("sheet.signedOff", s.signedOffBy(), this.dates.dateTime(s.signedOffAt())));
		}
		subtitles.addAll(standardsApplied(s, sheet.cards()));
		float[] widths = new float[headers.size()];
		java.util.Arrays.fill(widths, 2);
		widths[0] = 3;
		byte[] pdf = PdfReport.table(text("sheet.title", s.unitCode(), s.unitName()), subtitles, headers, rows, widths);
		return Download.of(pdf, "session-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	/**
	 * Per drill, the standard each of its results was judged by (the revisions used in
	 * this session; the current one when nothing is logged yet).
	 */
	private List<String> standardsApplied(SessionDetails s, List<LogCard> cards) {
		Map<Long, java.util.SortedSet<Integer>> used = new java.util.HashMap<>();
		cards.forEach((c) -> c.results()
			.forEach((r) -> used.computeIfAbsent(r.drillTypeId(), (k) -> new java.util.TreeSet<>())
				.add(r.standardRevision())));
		Map<String, org.drillbook.drill.StandardRevision> revisions = new java.util.HashMap<>();
		this.drillTypes.revisions(s.drills().stream().map(DrillTypeRow::id).toList())
			.forEach((r) -> revisions.put(r.drillTypeId() + ":" + r.revision(), r));
		List<String> lines = new ArrayList<>();
		for (DrillTypeRow drill : s.drills()) {
			java.util.SortedSet<Integer> applied = used.getOrDefault(drill.id(),
					new java.util.TreeSet<>(List.of(drill.standardRevision())));
			List<String> parts = new ArrayList<>();
			for (int revision : applied) {
				org.drillbook.drill.StandardRevision r = revisions.get(drill.id() + ":" + revision);
				parts.add(text("sheet.standardRevision", revision,
						standardText((r != null) ? r.standard() : drill.definition())));
			}
			lines.add(text("sheet.standard", drill.name(), String.join("; ", parts)));
		}
		return lines;
	}

	/** A checklist result's steps out of how many, and what was missed; else nothing. */
	private String checklistOf(DrillTypeRow drill, ResultRow result) {
		org.drillbook.drill.DrillTypeDefinition d = drill.definition();
		if (d.standard() != org.drillbook.drill.StandardKind.CHECKLIST
				|| result.standardRevision() != drill.standardRevision()) {
			return "";
		}
		List<String> missed = d.missed(result.stepsDone())
			.stream()
			.map(org.drillbook.drill.ChecklistStep::text)
			.toList();
		return "/" + d.steps().size()
				+ (missed.isEmpty() ? "" : " (" + text("session.checklist.missed", String.join("; ", missed)) + ")");
	}

	private String standardText(org.drillbook.drill.DrillTypeDefinition d) {
		return switch (d.standard()) {
			case TIME -> text("session.standard.TIME", this.numbers.decimal(d.timeLimitSeconds()));
			case HITS -> text("session.standard.HITS", d.minHits(), d.roundsPerAttempt());
			case POINTS -> text("session.standard.POINTS", d.passPoints(), d.maxPoints());
			case PASS_FAIL -> text("session.standard.PASS_FAIL");
			case CHECKLIST -> text("session.standard.CHECKLIST", d.passShare(), d.steps().size());
		};
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
