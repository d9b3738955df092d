package org.drillbook.dashboard.web;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.dashboard.DashboardService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final DashboardService dashboards;

	DashboardController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/")
	String show(@AuthenticationPrincipal DrillbookUser user, Model model) {
		if (user != null && user.is(Role.TRAINEE)) {
			// a trainee's start page is their own record
			return "redirect:/me";
		}
		model.addAttribute("dashboard", this.dashboards.dashboard());
		model.addAttribute("overdue", this.dashboards.overdueWeapons(user));
		model.addAttribute("soon", this.dashboards.sessionsSoon(user));
		model.addAttribute("roundsFlagged", this.dashboards.roundsFlagged(user));
		return "dashboard/show";
	}

}
