package org.drillbook.session.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.Arrays;

import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.BadEntryException;
import org.drillbook.session.CardEntry;
import org.drillbook.session.ResultCorrection;
import org.drillbook.session.RangeLogService;
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

	LogController(RangeLogService rangeLog) {
		this.rangeLog = rangeLog;
	}

	@GetMapping("/log")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("sheet", this.rangeLog.logSheet(id, user));
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		return "session/log";
	}

	@PostMapping("/recruits/{recruitId}")
	String record(@PathVariable long id, @PathVariable long recruitId, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		Supplier<String> card = () -> card(id, recruitId, user, htmx, model, redirect);
		return Refusals.onPage(model, () -> {
			this.rangeLog.recordCard(id, recruitId, entry(fields), user);
			return card.get();
		}, card);
	}

	/** The card again (htmx), or the log at the card; a refusal goes with it. */
	private String card(long id, long recruitId, DrillbookUser user, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		if (!htmx.isHtmxRequest()) {
			Object problem = model.getAttribute(Refusals.PROBLEM);
			if (problem != null) {
				redirect.addFlashAttribute(Refusals.FLASH_ERROR, problem);
			}
			return "redirect:/sessions/" + id + "/log#r" + recruitId;
		}
		model.addAttribute("sheet", this.rangeLog.sheetForCard(id, recruitId, user));
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("onlyRecruit", recruitId);
		return "session/log :: cards";
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

	/**
	 * Reads the card's fields: {@code attendance}, {@code v<drill>} values,
	 * {@code r<drill>} rounds.
	 */
	static CardEntry entry(Map<String, String> fields) {
		Map<Long, BigDecimal> values = new HashMap<>();
		Map<Long, Integer> rounds = new HashMap<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			String name = field.getKey();
			if (name.matches("v\\d{1,18}")) {
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
		String key = fields.getOrDefault("submissionKey", "");
		return new CardEntry(attendance.isEmpty() ? null : attendance(attendance), values, rounds,
				key.isEmpty() ? UUID.randomUUID() : submissionKey(key));
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

	private static AttendanceStatus attendance(String typed) {
		return Arrays.stream(AttendanceStatus.values())
			.filter((status) -> status.name().equals(typed))
			.findFirst()
			.orElseThrow(() -> new BadEntryException("attendance"));
	}

	private static UUID submissionKey(String typed) {
		if (!UUID_TEXT.matcher(typed).matches()) {
			throw new BadEntryException("submissionKey");
		}
		return UUID.fromString(typed);
	}

}
