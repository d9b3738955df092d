package org.drillbook.account.web;

import java.time.Clock;

import jakarta.validation.Valid;
import org.drillbook.account.AccessTokenService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.TokenScope;
import org.drillbook.refusal.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own personal access tokens for the API: make one (shown once), see them with
 * their last use, revoke them.
 */
@Controller
@RequestMapping("/account/tokens")
class AccessTokenController {

	private final AccessTokenService tokens;

	private final Clock clock;

	AccessTokenController(AccessTokenService tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("form", TokenForm.blank());
		return page(user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		if (binding.hasErrors()) {
			return page(user, model);
		}
		return Refusals.onForm(binding, () -> {
			model.addAttribute("newToken", this.tokens.create(form.name(), form.scope(), form.days(), user));
			model.addAttribute("form", TokenForm.blank());
			return page(user, model);
		}, () -> page(user, model));
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.tokens.revoke(id, user), "account.tokens.revoked",
				"redirect:/account/tokens");
	}

	private String page(DrillbookUser user, Model model) {
		model.addAttribute("tokens", this.tokens.mine(user));
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("now", this.clock.instant());
		return "account/tokens";
	}

}
