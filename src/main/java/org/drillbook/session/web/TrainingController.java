package org.drillbook.session.web;

import org.drillbook.account.DrillbookUser;
import org.drillbook.session.TrainingReportService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A recruit's training record: attendance, sessions with results, personal bests, charts.
 */
@Controller
class TrainingController {

	private final TrainingReportService reports;

	TrainingController(TrainingReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/recruits/{id}/training")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("record", this.reports.trainingRecord(id, user));
		return "session/training";
	}

}
