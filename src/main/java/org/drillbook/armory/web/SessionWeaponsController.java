package org.drillbook.armory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.armory.ReturnCondition;
import org.drillbook.session.RangeSheetService;
import org.drillbook.refusal.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Weapons for a drill session: issue to the attendees on one screen, take back on one
 * screen.
 */
@Controller
@RequestMapping("/armory/sessions/{id}")
class SessionWeaponsController {

	private final ArmoryService armory;

	private final WeaponIssueService weaponIssues;

	private final RangeSheetService rangeSheet;

	SessionWeaponsController(ArmoryService armory, WeaponIssueService weaponIssues, RangeSheetService rangeSheet) {
		this.armory = armory;
		this.weaponIssues = weaponIssues;
		this.rangeSheet = rangeSheet;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("sheet", this.rangeSheet.forArmory(id, user));
		model.addAttribute("available", this.armory.available(user));
		model.addAttribute("out", this.weaponIssues.outForSession(id, user));
		return "armory/session";
	}

	@PostMapping("/issue")
	String issue(@PathVariable long id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		Map<Long, Long> pairs = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.matches("w\\d{1,18}") && value.matches("\\d{1,18}")) {
				pairs.put(Long.valueOf(name.substring(1)), Long.valueOf(value));
			}
		});
		if (pairs.values().stream().distinct().count() < pairs.size()) {
			Refusals.flashError(redirect, "armory.error.sameWeaponTwice");
			return "redirect:/armory/sessions/" + id;
		}
		return Refusals.onRedirect(redirect, () -> this.weaponIssues.issueForSession(id, pairs, user), "armory.issued",
				"redirect:/armory/sessions/" + id);
	}

	@PostMapping("/return")
	String takeBack(@PathVariable long id, @RequestParam(name = "weapon", required = false) List<Long> weapons,
			@RequestParam(defaultValue = "GOOD") ReturnCondition condition, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return Refusals.onRedirect(
				redirect, () -> this.weaponIssues.takeBackForSession(id,
						(weapons != null) ? weapons : new ArrayList<>(), condition, user),
				"armory.returned", "redirect:/armory/sessions/" + id);
	}

}
