package org.drillbook.dashboard.web;

import org.drillbook.dashboard.DashboardService;

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
	String show(Model model) {
		model.addAttribute("dashboard", this.dashboards.dashboard());
		return "dashboard/show";
	}

}
