package org.drillbook.armory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.RoundsLine;
import org.drillbook.armory.RoundsPlanLine;
import org.drillbook.armory.SessionRounds;
import org.drillbook.armory.SessionRoundsService;
import org.drillbook.armory.AmmunitionService;
import org.drillbook.refusal.Refusals;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;
import org.drillbook.report.PdfReport;
import org.drillbook.system.LocalizedDates;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A session's rounds (plan, draws, the count back) and the rounds accounts of a period,
 * with their CSV and PDF. A refused form shows the page again with what was typed.
 */
@Controller
class RoundsController {

	private final SessionRoundsService rounds;

	private final AmmunitionService ammo;

	private final LocalizedDates dates;

	private final MessageSource messages;

	RoundsController(SessionRoundsService rounds, AmmunitionService ammo, LocalizedDates dates,
			MessageSource messages) {
		this.rounds = rounds;
		this.ammo = ammo;
		this.dates = dates;
		this.messages = messages;
	}

	@GetMapping("/armory/sessions/{id}/rounds")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("rounds", this.rounds.rounds(id, user));
		model.addAttribute("lots",
				this.ammo.lots(user).stream().filter((l) -> !l.recalled() && l.balance() > 0).toList());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "armory/rounds";
	}

	@PostMapping("/armory/sessions/{id}/rounds/plan")
	String plan(@PathVariable long id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return act(id, fields, user, model, redirect, "ammo.planSaved", () -> {
			TypedValues typed = new TypedValues(fields);
			List<RoundsPlanLine> lines = new ArrayList<>();
			for (String name : fields.keySet()) {
				if (name.matches("caliber\\.\\d{1,18}")) {
					long drill = Long.parseLong(name.substring("caliber.".length()));
					lines.add(new RoundsPlanLine(drill, null, typed.text(name), typed.count("attempts." + drill),
							typed.count("roundsPerAttempt." + drill), typed.count("attendees." + drill)));
				}
			}
			this.rounds.plan(id, lines, typed.count("version"), user);
		});
	}

	@PostMapping("/armory/sessions/{id}/rounds/draw")
	String draw(@PathVariable long id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return act(id, fields, user, model, redirect, "ammo.drawn", () -> {
			TypedValues typed = new TypedValues(fields);
			this.rounds.draw(id, typed.text("caliber"), typed.id("lot"), typed.rounds("rounds"), user);
		});
	}

	@PostMapping("/armory/sessions/{id}/rounds/return")
	String takeBack(@PathVariable long id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return act(id, fields, user, model, redirect, "ammo.returned", () -> {
			TypedValues typed = new TypedValues(fields);
			Map<String, Integer> back = new HashMap<>();
			fields.forEach((name, value) -> {
				if (name.startsWith("back.")) {
					back.put(name.substring("back.".length()), typed.count(name));
				}
			});
			this.rounds.takeBack(id, back, user);
		});
	}

	@GetMapping("/armory/sessions/{id}/rounds.csv")
	ResponseEntity<byte[]> sessionCsv(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		SessionRounds rounds = this.rounds.rounds(id, user);
		return Download.of(csv(rounds.accounts()), "rounds-session-" + id + ".csv", Download.CSV);
	}

	@GetMapping("/armory/sessions/{id}/rounds.pdf")
	ResponseEntity<byte[]> sessionPdf(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		SessionRounds rounds = this.rounds.rounds(id, user);
		List<String> subtitles = new ArrayList<>(
				List.of(text("roster.pdf.printed", this.dates.dateTime(this.dates.now()), user.getUsername()),
						rounds.session().unitCode() + " · " + this.dates.dateTime(rounds.session().startsAt()) + " · "
								+ rounds.session().location(),
						text("ammo.plan.total", rounds.planned())));
		rounds.plan()
			.forEach((l) -> subtitles.add(l.drill() + " (" + l.caliber() + "): "
					+ text("ammo.plan.line", l.attempts(), l.roundsPerAttempt(), l.attendees(), l.planned())));
		rounds.lots()
			.forEach((l) -> subtitles.add(text("ammo.lot") + " " + l.caliber() + " · " + l.lotNumber() + ": "
					+ text("ammo.lotDrawnLine", l.drawn(), l.returned())));
		if (rounds.returned()) {
			subtitles.add(text("ammo.returnedBy", this.dates.dateTime(rounds.returnedAt()), rounds.returnedBy()));
		}
		byte[] pdf = PdfReport.table(text("ammo.sessionRounds") + " #" + id, subtitles, headers(),
				rows(rounds.accounts()), WIDTHS);
		return Download.of(pdf, "rounds-session-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/armory/ammo/sessions")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		ReportPeriod period = ReportPeriod.of(from, to, this.dates.today());
		LocalDate start = period.from();
		LocalDate end = period.to();
		model.addAttribute("lines", this.rounds.accounts(start, end, user));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "armory/rounds-report";
	}

	@GetMapping("/armory/ammo/sessions.csv")
	ResponseEntity<byte[]> reportCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user) {
		ReportPeriod period = ReportPeriod.of(from, to, this.dates.today());
		LocalDate start = period.from();
		LocalDate end = period.to();
		byte[] csv = csv(this.rounds.accounts(start, end, user));
		return Download.of(csv, "rounds-" + start + "-" + end + ".csv", Download.CSV);
	}

	@GetMapping("/armory/ammo/sessions.pdf")
	ResponseEntity<byte[]> reportPdf(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user) {
		ReportPeriod period = ReportPeriod.of(from, to, this.dates.today());
		LocalDate start = period.from();
		LocalDate end = period.to();
		List<RoundsLine> lines = this.rounds.accounts(start, end, user);
		byte[] pdf = PdfReport.table(text("ammo.sessionsReport"),
				List.of(text("roster.pdf.printed", this.dates.dateTime(this.dates.now()), user.getUsername()),
						this.dates.date(start) + " – " + this.dates.date(end),
						text("ammo.flaggedCount", lines.stream().filter(RoundsLine::flagged).count())),
				headers(), rows(lines), WIDTHS);
		return Download.of(pdf, "rounds-" + start + "-" + end + ".pdf", MediaType.APPLICATION_PDF);
	}

	private static final float[] WIDTHS = { 3, 2, 2, 1.5f, 1.5f, 1.5f, 1.5f, 1.8f };

	private static byte[] csv(List<RoundsLine> lines) {
		return CsvReport.write(
				List.of("session", "starts_at", "unit", "caliber", "planned", "drawn", "returned", "spent",
						"discrepancy", "flagged"),
				lines.stream()
					.map((l) -> List.<Object>of(l.sessionId(), l.startsAt(), l.unitCode(), l.caliber(), l.planned(),
							l.drawn(), l.returned(), l.spent(), l.discrepancy(), l.flagged()))
					.toList());
	}

	private List<String> headers() {
		return List.of(text("armory.session"), text("recruit.field.unit"), text("armory.field.caliber"),
				text("ammo.planned"), text("ammo.drawnRounds"), text("ammo.returnedRounds"), text("ammo.spent"),
				text("ammo.discrepancy"));
	}

	private List<List<String>> rows(List<RoundsLine> lines) {
		return lines.stream()
			.map((l) -> List.of("#" + l.sessionId() + " · " + this.dates.dateTime(l.startsAt()), l.unitCode(),
					l.caliber(), String.valueOf(l.planned()), String.valueOf(l.drawn()), String.valueOf(l.returned()),
					String.valueOf(l.spent()), (l.flagged() ? "⚠ " : "") + l.discrepancy()))
			.toList();
	}

	private String act(long id, Map<String, String> fields, DrillbookUser user, Model model,
			RedirectAttributes redirect, String success, Runnable action) {
		return Refusals.onPage(model, () -> {
			action.run();
			redirect.addFlashAttribute("flashSuccess", success);
			return "redirect:/armory/sessions/" + id + "/rounds";
		}, () -> {
			model.addAttribute("typed", fields);
			return show(id, user, model);
		});
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
