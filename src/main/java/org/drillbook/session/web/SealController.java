package org.drillbook.session.web;

import org.drillbook.account.DrillbookUser;
import org.drillbook.refusal.Refusals;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.RangeSheetService;
import org.drillbook.session.SessionService;

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
 * Ending a session on purpose: signing off shows what it seals first; cancelling asks
 * why. Each is its own page, away from the other.
 */
@Controller
@RequestMapping("/sessions/{id}")
class SealController {

	private final SessionService sessions;

	private final RangeSheetService rangeSheet;

	SealController(SessionService sessions, RangeSheetService rangeSheet) {
		this.sessions = sessions;
		this.rangeSheet = rangeSheet;
	}

	@GetMapping("/sign-off")
	String confirmSignOff(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("summary", this.rangeSheet.signOffSummary(id, user));
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		return "session/sign-off";
	}

	@GetMapping("/cancel")
	String confirmCancel(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("drillSession", this.sessions.details(id, user));
		return "session/cancel";
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onPage(model, () -> {
			this.sessions.cancel(id, reason, version, user);
			redirect.addFlashAttribute("flashSuccess", "session.cancelled");
			return "redirect:/sessions/" + id;
		}, () -> {
			model.addAttribute("drillSession", this.sessions.details(id, user));
			model.addAttribute("reason", reason);
			return "session/cancel";
		});
	}

}
