package org.drillbook.trainee.web;

import org.drillbook.account.DrillbookUser;
import org.drillbook.trainee.TraineeService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A trainee's own pages: overview, training record and the personal data held. */
@Controller
@RequestMapping("/me")
class TraineeController {

	private final TraineeService trainees;

	TraineeController(TraineeService trainees) {
		this.trainees = trainees;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("me", this.trainees.overview(user));
		return "trainee/overview";
	}

	@GetMapping("/training")
	String training(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("record", this.trainees.trainingRecord(user));
		return "trainee/training";
	}

	@GetMapping("/data")
	String personalData(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("data", this.trainees.personalData(user));
		return "trainee/data";
	}

}
