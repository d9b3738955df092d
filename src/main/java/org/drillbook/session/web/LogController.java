package org.drillbook.session.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.drillbook.account.DrillbookUser;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.IllegalSessionChangeException;
import org.drillbook.session.LogCard;
import org.drillbook.session.ResultCorrection;
import org.drillbook.session.RangeLogService;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
		String problem = null;
		LogCard card;
		try {
			card = this.rangeLog.recordCard(id, recruitId, entry(fields), user);
		}
		catch (IllegalSessionChangeException ex) {
			problem = ex.getMessage();
			card = null;
		}
		catch (DataIntegrityViolationException ex) {
			card = null; // the same submission raced itself: the first one was kept
		}
		catch (IllegalArgumentException ex) {
			problem = "session.error.badValue";
			card = null;
		}
		if (!htmx.isHtmxRequest()) {
			if (problem != null) {
				redirect.addFlashAttribute("flashError", problem);
			}
			return "redirect:/sessions/" + id + "/log#r" + recruitId;
		}
		try {
			model.addAttribute("sheet", this.rangeLog.sheetForCard(id, recruitId, user));
		}
		catch (IllegalSessionChangeException ex) {
			model.addAttribute("sheet", this.rangeLog.logSheet(id, user)); // not on the
																			// roster: no
																			// card to
																			// show
		}
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("onlyRecruit", recruitId);
		model.addAttribute("cardProblem", problem);
		return "session/log :: cards";
	}

	@PostMapping("/guests")
	String addGuest(@PathVariable long id, @RequestParam String callSign, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		try {
			this.rangeLog.addGuest(id, callSign, user);
			redirect.addFlashAttribute("flashSuccess", "session.guestAdded");
		}
		catch (IllegalSessionChangeException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/sessions/" + id + "/log";
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
		String problem;
		try {
			this.rangeLog.correctResult(id, resultId, new BigDecimal(value.strip().replace(',', '.')),
					(rounds == null || rounds.isBlank()) ? null : Integer.valueOf(rounds.strip()), reason, version,
					user);
			redirect.addFlashAttribute("flashSuccess", "session.resultCorrected");
			return "redirect:/sessions/" + id + "/log#r" + correction.result().recruitId();
		}
		catch (NumberFormatException ex) {
			problem = "session.error.badValue";
		}
		catch (IllegalSessionChangeException ex) {
			problem = ex.getMessage();
		}
		catch (OptimisticLockingFailureException ex) {
			problem = "form.conflict.reload";
		}
		model.addAttribute("correction", this.rangeLog.resultForCorrection(id, resultId, user));
		model.addAttribute("value", value);
		model.addAttribute("rounds", rounds);
		model.addAttribute("reason", reason);
		model.addAttribute("problem", problem);
		return "session/correct";
	}

	/**
	 * Reads the card's fields: {@code attendance}, {@code v<drill>} values,
	 * {@code r<drill>} rounds.
	 */
	static CardEntry entry(Map<String, String> fields) {
		Map<Long, BigDecimal> values = new HashMap<>();
		Map<Long, Integer> rounds = new HashMap<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			String value = field.getValue().strip().replace(',', '.');
			if (value.isEmpty()) {
				continue;
			}
			if (field.getKey().matches("v\\d+")) {
				values.put(Long.valueOf(field.getKey().substring(1)), new BigDecimal(value));
			}
			else if (field.getKey().matches("r\\d+")) {
				rounds.put(Long.valueOf(field.getKey().substring(1)), Integer.valueOf(value));
			}
		}
		String attendance = fields.getOrDefault("attendance", "");
		String key = fields.getOrDefault("submissionKey", "");
		return new CardEntry(attendance.isEmpty() ? null : AttendanceStatus.valueOf(attendance), values, rounds,
				key.isEmpty() ? UUID.randomUUID() : UUID.fromString(key));
	}

}
