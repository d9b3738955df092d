package org.drillbook.trainee.web;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.trainee.TraineeService;
import org.drillbook.trainee.TraineeSignIn;
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

/** An admin gives a recruit a sign-in to read their own record. */
@Controller
@RequestMapping("/recruits/{id}/sign-in")
class SignInController {

	private final TraineeService trainees;

	SignInController(TraineeService trainees) {
		this.trainees = trainees;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		TraineeSignIn signIn = this.trainees.signInOf(id, user);
		model.addAttribute("signIn", signIn);
		model.addAttribute("form", new SignInForm(signIn.suggestedUsername()));
		return "trainee/sign-in";
	}

	@PostMapping
	String give(@PathVariable long id, @Valid @ModelAttribute("form") SignInForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("signIn", this.trainees.signInOf(id, user));
		if (binding.hasErrors()) {
			return "trainee/sign-in";
		}
		return Refusals.onForm(binding, () -> {
			model.addAttribute("credentials", this.trainees.giveSignIn(id, form.username(), user));
			return "account/credentials";
		}, () -> "trainee/sign-in");
	}

}
