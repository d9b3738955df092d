package org.drillbook.session.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.Arrays;

import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.LogSheet;
import org.drillbook.session.BadEntryException;
import org.drillbook.session.CardEntry;
import org.drillbook.session.ResultCorrection;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.RangeSheetService;
import org.drillbook.refusal.Refusals;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging at the range: one card per recruit, sent in one request (htmx swaps the card in
 * place; without JavaScript the page reloads at the card).
 */
@Controller
@RequestMapping("/sessions/{id}")
class LogController {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");

	private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final RangeLogService rangeLog;

	private final RangeSheetService sheets;

	LogController(RangeLogService rangeLog, RangeSheetService sheets) {
		this.rangeLog = rangeLog;
		this.sheets = sheets;
	}

	@GetMapping("/log")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean todo,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal DrillbookUser user, Model model) {
		sheet(model, this.sheets.logPage(id, todo, page, user));
		model.addAttribute("todo", todo);
		return "session/log";
	}

	/**
	 * Records one row. Answered with the row (htmx) and the sheet's summary, or the sheet
	 * at the row; a refusal comes back with every entry of the row as typed and the
	 * faulty field marked.
	 */
	@PostMapping("/recruits/{recruitId}")
	String record(@PathVariable long id, @PathVariable long recruitId, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, HtmxRequest htmx, Model model) {
		return Refusals.onPage(model, () -> {
			LogSheet row = this.rangeLog.recordRow(id, recruitId, entry(fields), user);
			if (!htmx.isHtmxRequest()) {
				return "redirect:/sessions/" + id + "/log#r" + recruitId;
			}
			return row(row, recruitId, model);
		}, () -> {
			model.addAttribute("typed", fields);
			model.addAttribute("typedFor", recruitId);
			LogSheet sheet = this.sheets.row(id, recruitId, user);
			if (!htmx.isHtmxRequest()) {
				sheet(model, sheet);
				return "session/log";
			}
			return row(sheet, recruitId, model);
		});
	}

	/** Marks everyone not yet marked as present; marks already made stay. */
	@PostMapping("/present")
	String markAllPresent(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.rangeLog.markAllPresent(id, user), "session.markedPresent",
				"redirect:/sessions/" + id + "/log#next");
	}

	/**
	 * One row again; the page's script keeps the sheet's "logged X of Y" in step, and a
	 * reload counts afresh.
	 */
	private static String row(LogSheet sheet, long recruitId, Model model) {
		sheet(model, sheet);
		model.addAttribute("onlyRecruit", recruitId);
		return "session/log :: rows";
	}

	private static void sheet(Model model, LogSheet sheet) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("absenceReasons", AbsenceReason.values());
	}

	@PostMapping("/guests")
	String addGuest(@PathVariable long id, @RequestParam String callSign, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.rangeLog.addGuest(id, callSign, user), "session.guestAdded",
				"redirect:/sessions/" + id + "/log");
	}

	@GetMapping("/results/{resultId}/edit")
	String correctForm(@PathVariable long id, @PathVariable long resultId, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		ResultCorrection correction = this.rangeLog.resultForCorrection(id, resultId, user);
		model.addAttribute("correction", correction);
		if (!model.containsAttribute("value")) {
			model.addAttribute("value", correction.result().value().toPlainString());
			model.addAttribute("rounds", correction.result().roundsFired());
		}
		if (!model.containsAttribute("ticked")) {
			model.addAttribute("ticked", correction.result().stepsDone());
		}
		return "session/correct";
	}

	@PostMapping("/results/{resultId}")
	String correct(@PathVariable long id, @PathVariable long resultId, @RequestParam String value,
			@RequestParam(required = false) String rounds, @RequestParam(defaultValue = "") String reason,
			@RequestParam long version, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		ResultCorrection correction = this.rangeLog.resultForCorrection(id, resultId, user);
		return Refusals.onPage(model, () -> {
			BigDecimal corrected = number(value, "value");
			if (corrected == null) {
				throw new BadEntryException("value");
			}
			this.rangeLog.correctResult(id, resultId, corrected, wholeNumber(rounds, "rounds"), reason, version, user);
			redirect.addFlashAttribute("flashSuccess", "session.resultCorrected");
			return "redirect:/sessions/" + id + "/log#r" + correction.result().recruitId();
		}, () -> {
			model.addAttribute("correction", this.rangeLog.resultForCorrection(id, resultId, user));
			model.addAttribute("value", value);
			model.addAttribute("rounds", rounds);
			model.addAttribute("reason", reason);
			return "session/correct";
		});
	}

	/** Corrects which steps of a checklist attempt were done ({@code s<step>} ticked). */
	@PostMapping("/results/{resultId}/steps")
	String correctSteps(@PathVariable long id, @PathVariable long resultId, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		ResultCorrection correction = this.rangeLog.resultForCorrection(id, resultId, user);
		java.util.Set<Integer> steps = new java.util.HashSet<>();
		fields.keySet().forEach((name) -> {
			if (name.matches("s\\d{1,2}")) {
				steps.add(Integer.valueOf(name.substring(1)));
			}
		});
		String reason = fields.getOrDefault("reason", "");
		return Refusals.onPage(model, () -> {
			Integer version = wholeNumber(fields.get("version"), "version");
			if (version == null) {
				throw new BadEntryException("version");
			}
			this.rangeLog.correctSteps(id, resultId, steps, reason, version, user);
			redirect.addFlashAttribute("flashSuccess", "session.resultCorrected");
			return "redirect:/sessions/" + id + "/log#r" + correction.result().recruitId();
		}, () -> {
			model.addAttribute("correction", this.rangeLog.resultForCorrection(id, resultId, user));
			model.addAttribute("ticked", steps);
			model.addAttribute("reason", reason);
			return "session/correct";
		});
	}

	/** A checklist step ticked: {@code c<drill>-<step>}. */
	private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("c(\\d{1,18})-(\\d{1,2})");

	/**
	 * Reads the card's fields: {@code attendance}, {@code v<drill>} values,
	 * {@code r<drill>} rounds, {@code c<drill>-<step>} checklist steps ticked.
	 */
	static CardEntry entry(Map<String, String> fields) {
		Map<Long, BigDecimal> values = new HashMap<>();
		Map<Long, Integer> rounds = new HashMap<>();
		Map<Long, java.util.Set<Integer>> steps = new HashMap<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			String name = field.getKey();
			java.util.regex.Matcher step = STEP.matcher(name);
			if (step.matches()) {
				steps.computeIfAbsent(Long.valueOf(step.group(1)), (k) -> new java.util.HashSet<>())
					.add(Integer.valueOf(step.group(2)));
			}
			else if (name.matches("v\\d{1,18}")) {
				BigDecimal value = number(field.getValue(), name);
				if (value != null) {
					values.put(Long.valueOf(name.substring(1)), value);
				}
			}
			else if (name.matches("r\\d{1,18}")) {
				Integer value = wholeNumber(field.getValue(), name);
				if (value != null) {
					rounds.put(Long.valueOf(name.substring(1)), value);
				}
			}
		}
		String attendance = fields.getOrDefault("attendance", "");
		String reason = fields.getOrDefault("reason", "");
		String key = fields.getOrDefault("submissionKey", "");
		return new CardEntry(attendance.isEmpty() ? null : named(AttendanceStatus.values(), attendance, "attendance"),
				reason.isEmpty() ? null : named(AbsenceReason.values(), reason, "reason"), fields.get("reasonNote"),
				values, rounds, steps, key.isEmpty() ? UUID.randomUUID() : submissionKey(key));
	}

	/** A decimal as typed on a phone ("7,5" or "7.5"); empty is none. */
	static BigDecimal number(String typed, String field) {
		String value = (typed != null) ? typed.strip().replace(',', '.') : "";
		if (value.isEmpty()) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			throw new BadEntryException(field);
		}
		return new BigDecimal(value);
	}

	static Integer wholeNumber(String typed, String field) {
		String value = (typed != null) ? typed.strip() : "";
		if (value.isEmpty()) {
			return null;
		}
		if (!WHOLE.matcher(value).matches()) {
			throw new BadEntryException(field);
		}
		return Integer.valueOf(value);
	}

	private static <E extends Enum<E>> E named(E[] values, String typed, String field) {
		return Arrays.stream(values)
			.filter((value) -> value.name().equals(typed))
			.findFirst()
			.orElseThrow(() -> new BadEntryException(field));
	}

	private static UUID submissionKey(String typed) {
		if (!UUID_TEXT.matcher(typed).matches()) {
			throw new BadEntryException("submissionKey");
		}
		return UUID.fromString(typed);
	}

}
