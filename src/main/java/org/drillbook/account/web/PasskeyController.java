package org.drillbook.account.web;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.PasskeyService;
import org.drillbook.refusal.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own passkeys: register one (the browser and Spring Security's WebAuthn
 * endpoints do the ceremony, {@code passkeys.js} drives it), see them, remove one.
 */
@Controller
@RequestMapping("/account/passkeys")
class PasskeyController {

	private final PasskeyService passkeys;

	PasskeyController(PasskeyService passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("passkeys", this.passkeys.mine(user));
		return "account/passkeys";
	}

	/**
	 * The form sent without its script (which runs the ceremony instead): a passkey needs
	 * JavaScript, and the page says so.
	 */
	@PostMapping
	String withoutScript(RedirectAttributes redirect) {
		Refusals.flashError(redirect, "account.passkeys.error.unsupported");
		return "redirect:/account/passkeys";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable String id, @AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.passkeys.remove(id, user), "account.passkeys.removed",
				"redirect:/account/passkeys");
	}

}
