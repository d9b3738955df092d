package org.drillbook.armory.web;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.WeaponIssueService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a recruit holds now; the recruit page loads it (htmx) for everyone who may see the
 * recruit.
 */
@Controller
class HoldingsController {

	private final WeaponIssueService weaponIssues;

	HoldingsController(WeaponIssueService weaponIssues) {
		this.weaponIssues = weaponIssues;
	}

	@GetMapping("/accounts/{id}/weapons")
	String heldByAccount(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("held", this.weaponIssues.heldByAccount(id, user));
		return "armory/held :: held";
	}

	@GetMapping("/recruits/{id}/weapons")
	String held(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("held", this.weaponIssues.heldByRecruit(id, user));
		return "armory/held :: held";
	}

}
