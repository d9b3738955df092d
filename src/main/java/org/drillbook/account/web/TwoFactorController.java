package org.drillbook.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.SecondFactorService;
import org.drillbook.account.SecondFactorService.Enabled;
import org.drillbook.account.SecondFactorService.Enrolment;
import org.drillbook.refusal.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own second factor: enrol with a QR code, see recovery codes once, turn it off.
 */
@Controller
@RequestMapping("/account/2fa")
class TwoFactorController {

	static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";

	private final SecondFactorService secondFactor;

	private final SignedInUser signedIn;

	TwoFactorController(SecondFactorService secondFactor, SignedInUser signedIn) {
		this.secondFactor = secondFactor;
		this.signedIn = signedIn;
	}

	@GetMapping
	String show(@AuthenticationPrincipal DrillbookUser user, HttpSession session, Model model) {
		model.addAttribute("required", this.secondFactor.requiredFor(user.role()));
		if (user.secondFactorEnabled()) {
			model.addAttribute("codesLeft", this.secondFactor.recoveryCodesLeft(user.id()));
			return "account/two-factor";
		}
		Enrolment enrolment = this.secondFactor.startEnrolment(user);
		session.setAttribute(PENDING_SECRET, enrolment.secret());
		model.addAttribute("enrolment", enrolment);
		return "account/two-factor";
	}

	@PostMapping
	String enable(@RequestParam String code, @AuthenticationPrincipal DrillbookUser user, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:/account/2fa";
		}
		return Refusals.showOrRedirect(redirect, () -> {
			Enabled enabled = this.secondFactor.enable(user.id(), secret, code);
			session.removeAttribute(PENDING_SECRET);
			this.signedIn.replace(user.withSecondFactorEnrolled(enabled.sessionEpoch()), request, response);
			model.addAttribute("recoveryCodes", enabled.recoveryCodes());
			return "account/recovery-codes";
		}, "redirect:/account/2fa?retry");
	}

	@PostMapping("/disable")
	String disable(@RequestParam String currentPassword, @AuthenticationPrincipal DrillbookUser user,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> {
			this.secondFactor.disable(user, currentPassword);
			this.signedIn.replace(user.withoutSecondFactor(), request, response);
		}, "account.2fa.disabled", "redirect:/account/2fa");
	}

}
