package org.drillbook.account.web;

import java.time.Clock;

import jakarta.validation.Valid;
import org.drillbook.account.AccountRow;
import org.drillbook.account.AccessTokenService;
import org.drillbook.account.AccountService;
import org.drillbook.account.PasskeyService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.account.SecondFactorService;
import org.drillbook.refusal.Refusals;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration for admins: open accounts, change roles, disable, reset passwords.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountService accounts;

	private final SecondFactorService secondFactor;

	private final AccessTokenService tokens;

	private final Clock clock;

	private final PasskeyService passkeys;

	AccountController(AccountService accounts, SecondFactorService secondFactor, AccessTokenService tokens, Clock clock,
			PasskeyService passkeys) {
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.tokens = tokens;
		this.clock = clock;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		// a trainee's sign-in is given from the recruit's page, linked to the record
		return Role.STAFF.toArray(Role[]::new);
	}

	@GetMapping
	String list(@PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		model.addAttribute("accounts", this.accounts.list(pageable, user));
		return "account/list";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		model.addAttribute("form", AccountForm.empty());
		return "account/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		if (binding.hasErrors()) {
			return "account/form";
		}
		return Refusals.onForm(binding, () -> {
			model.addAttribute("credentials", this.accounts.open(form.username(), form.role(), form.callSign(), user));
			return "account/credentials";
		}, () -> "account/form");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		AccountRow account = this.accounts.find(id, user);
		model.addAttribute("account", account);
		withTokens(id, user, model);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.from(account));
		}
		return "account/show";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("account", this.accounts.find(id, user));
		withTokens(id, user, model);
		if (binding.hasFieldErrors("role") || binding.hasFieldErrors("callSign")) {
			return "account/show";
		}
		return Refusals.onForm(binding, () -> {
			this.accounts.update(id, form.role(), form.callSign(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "account.updated");
			return "redirect:/accounts/" + id;
		}, () -> "account/show", () -> {
			AccountRow current = this.accounts.find(id, user);
			model.addAttribute("account", current);
			model.addAttribute("conflict", form);
			model.addAttribute("form", AccountForm.from(current));
			return "account/show";
		});
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.disabled", () -> this.accounts.disable(id, version, user));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.enabled", () -> this.accounts.enable(id, version, user));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			Model model, RedirectAttributes redirect) {
		return Refusals.showOrRedirect(redirect, () -> {
			model.addAttribute("credentials", this.accounts.resetPassword(id, version, user));
			return "account/credentials";
		}, "redirect:/accounts/" + id);
	}

	@PostMapping("/{id}/2fa/reset")
	String resetSecondFactor(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.2fa.reset", () -> this.secondFactor.reset(id, user));
	}

	@PostMapping("/{id}/passkeys/remove")
	String removePasskeys(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.passkeys.removedAll", () -> this.passkeys.removeAll(id, user));
	}

	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long tokenId, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.tokens.revoked", () -> this.tokens.revoke(tokenId, user));
	}

	private void withTokens(long id, DrillbookUser user, Model model) {
		model.addAttribute("tokens", this.tokens.ofAccount(id, user));
		model.addAttribute("passkeys", this.passkeys.ofAccount(id, user));
		model.addAttribute("now", this.clock.instant());
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		return Refusals.onRedirect(redirect, action, done, "redirect:/accounts/" + id);
	}

}
