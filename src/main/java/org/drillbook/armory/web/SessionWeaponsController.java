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
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "armory/session";
	}

	/**
	 * Issues by serial, typed or scanned ({@code s<recruit>}), with an override reason
	 * ({@code o<recruit>}) for a row the qualification gate refused; a refusal shows the
	 * page again with everything typed.
	 */
	@PostMapping("/issue")
	String issue(@PathVariable long id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		Map<Long, String> serials = new LinkedHashMap<>();
		Map<Long, String> overrides = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.matches("[so]\\d{1,18}")) {
				(name.startsWith("s") ? serials : overrides).put(Long.valueOf(name.substring(1)), value);
			}
		});
		return Refusals.onPage(model, () -> {
			this.weaponIssues.issueForSessionBySerial(id, serials, overrides, user);
			redirect.addFlashAttribute("flashSuccess", "armory.issued");
			return "redirect:/armory/sessions/" + id;
		}, () -> {
			model.addAttribute("typed", fields);
			return show(id, user, model);
		});
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
