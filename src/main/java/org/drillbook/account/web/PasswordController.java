package org.drillbook.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.PasswordPolicy;
import org.drillbook.refusal.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final OwnAccountService accounts;

	private final SignedInUser signedIn;

	PasswordController(OwnAccountService accounts, SignedInUser signedIn) {
		this.accounts = accounts;
		this.signedIn = signedIn;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String editForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "account/password";
	}

	@PostMapping
	String update(@AuthenticationPrincipal DrillbookUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult binding, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "account/password";
		}
		return Refusals.onForm(binding, () -> {
			int epoch = this.accounts.changePassword(user.id(), form.currentPassword(), form.newPassword());
			this.signedIn.replace(user.withPasswordChanged(epoch), request, response);
			redirect.addFlashAttribute("flashSuccess", "account.password.changed");
			return "redirect:/";
		}, () -> "account/password");
	}

}
