package org.drillbook.armory.web;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.armory.ReturnCondition;
import org.drillbook.armory.WeaponDetails;
import org.drillbook.armory.WeaponKind;
import org.drillbook.armory.WeaponStatus;
import org.drillbook.unit.UnitService;
import org.drillbook.armory.QualificationsLackingException;
import org.drillbook.refusal.Refusals;
import org.springframework.context.MessageSourceResolvable;

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

/** The armory: inventory, registering weapons, issue and return, maintenance. */
@Controller
@RequestMapping("/armory")
class ArmoryController {

	private final ArmoryService armory;

	private final WeaponIssueService weaponIssues;

	private final UnitService units;

	private final org.drillbook.session.SessionService sessions;

	ArmoryController(ArmoryService armory, WeaponIssueService weaponIssues, UnitService units,
			org.drillbook.session.SessionService sessions) {
		this.armory = armory;
		this.weaponIssues = weaponIssues;
		this.units = units;
		this.sessions = sessions;
	}

	@ModelAttribute("kinds")
	WeaponKind[] kinds() {
		return WeaponKind.values();
	}

	@ModelAttribute("weaponStatuses")
	WeaponStatus[] statuses() {
		return WeaponStatus.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) WeaponKind kind, @RequestParam(required = false) WeaponStatus status,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String serial,
			@RequestParam(defaultValue = "0") int soonPage, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("weapons", this.armory.inventory(kind, status, unit, serial, pageable, user));
		model.addAttribute("unitChoices", this.units.choices(user, null, unit));
		model.addAttribute("soon", this.sessions.soonForArmory(soonPage, user));
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("unit", unit);
		model.addAttribute("serial", serial);
		return "armory/list";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ARMORER, Role.ADMIN);
		model.addAttribute("form", WeaponForm.empty());
		return form(model, user, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") WeaponForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		user.require(Role.ARMORER, Role.ADMIN);
		if (binding.hasErrors()) {
			return form(model, user, null);
		}
		return Refusals.onForm(binding, () -> {
			long id = this.armory.register(form.definition(), user);
			redirect.addFlashAttribute("flashSuccess", "armory.registered");
			return "redirect:/armory/" + id;
		}, () -> form(model, user, null));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		WeaponDetails details = this.armory.details(id, user);
		model.addAttribute("details", details);
		model.addAttribute("conditions", ReturnCondition.values());
		model.addAttribute("requiredQualifications", this.weaponIssues.requiredFor(details.weapon().kind(), user));
		return "armory/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		WeaponDetails details = this.armory.details(id, user);
		model.addAttribute("form", WeaponForm.from(details.weapon()));
		return form(model, user, details);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") WeaponForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		WeaponDetails details = this.armory.details(id, user);
		if (binding.hasErrors()) {
			return form(model, user, details);
		}
		return Refusals.onForm(binding, () -> {
			this.armory.describe(id, form.definition(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "armory.updated");
			return "redirect:/armory/" + id;
		}, () -> form(model, user, details), () -> {
			WeaponDetails current = this.armory.details(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", WeaponForm.from(current.weapon()));
			return form(model, user, current);
		});
	}

	/**
	 * Issues the weapon. A refusal shows the page again with what was typed; when the
	 * recruit lacks a qualification the weapon's kind requires, the form offers the
	 * override, which needs a reason.
	 */
	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, @RequestParam(defaultValue = "") String holder,
			@RequestParam(required = false) Long session, @RequestParam(defaultValue = "") String override,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onPage(model, () -> {
			this.weaponIssues.issue(id, this.weaponIssues.holder(holder), session, override, user);
			redirect.addFlashAttribute("flashSuccess", "armory.issued");
			return "redirect:/armory/" + id;
		}, () -> {
			model.addAttribute("issueHolder", holder);
			model.addAttribute("issueSession", session);
			model.addAttribute("issueOverride", override);
			model.addAttribute("overrideOffered",
					!override.isBlank()
							|| (model.getAttribute(Refusals.PROBLEM) instanceof MessageSourceResolvable problem
									&& QualificationsLackingException.CODE.equals(problem.getCodes()[0])));
			return show(id, user, model);
		});
	}

	/**
	 * Reports the weapon lost; a refusal shows the page again with what was typed.
	 */
	@PostMapping("/{id}/lost")
	String reportLost(@PathVariable long id,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate on,
			@RequestParam(defaultValue = "") String reason, @RequestParam long version,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onPage(model, () -> {
			this.armory.reportLost(id, on, reason, version, user);
			redirect.addFlashAttribute("flashSuccess", "armory.lost.done");
			return "redirect:/armory/" + id;
		}, () -> {
			model.addAttribute("lostOn", on);
			model.addAttribute("lostReason", reason);
			return show(id, user, model);
		});
	}

	@PostMapping("/{id}/found")
	String found(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "armory.found.done", () -> this.armory.found(id, version, user));
	}

	/** What decommissioning will do, to be confirmed; admins only. */
	@GetMapping("/{id}/decommission")
	String decommissionForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		model.addAttribute("details", this.armory.details(id, user));
		return "armory/decommission";
	}

	@PostMapping("/{id}/decommission")
	String decommission(@PathVariable long id,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate on,
			@RequestParam(defaultValue = "") String reason, @RequestParam long version,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onPage(model, () -> {
			this.armory.decommission(id, on, reason, version, user);
			redirect.addFlashAttribute("flashSuccess", "armory.decommission.done");
			return "redirect:/armory/" + id;
		}, () -> {
			model.addAttribute("decommissionOn", on);
			model.addAttribute("decommissionReason", reason);
			return decommissionForm(id, user, model);
		});
	}

	/** Which qualifications each kind of weapon requires; admins change them. */
	@GetMapping("/kinds")
	String kinds(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("kindRequirements", this.weaponIssues.kindRequirements(user));
		model.addAttribute("qualificationChoices", this.weaponIssues.qualificationChoices(user));
		return "armory/kinds";
	}

	@PostMapping("/kinds/{kind}")
	String requireForKind(@PathVariable WeaponKind kind,
			@RequestParam(name = "qualification", required = false) java.util.Set<Long> qualifications,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect,
				() -> this.weaponIssues.requireForKind(kind,
						(qualifications != null) ? qualifications : java.util.Set.of(), user),
				"armory.kinds.saved", "redirect:/armory/kinds");
	}

	@PostMapping("/{id}/return")
	String takeBack(@PathVariable long id, @RequestParam(defaultValue = "GOOD") ReturnCondition condition,
			@RequestParam(defaultValue = "") String notes, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "armory.returned", () -> this.weaponIssues.takeBack(id, condition, notes, user));
	}

	@PostMapping("/{id}/maintenance")
	String maintenance(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "armory.maintenanceChanged", () -> this.armory.toggleMaintenance(id, version, user));
	}

	private String form(Model model, DrillbookUser user, WeaponDetails details) {
		model.addAttribute("details", details);
		WeaponForm form = (WeaponForm) model.getAttribute("form");
		model.addAttribute("unitChoices", this.units.choices(user, null, (form != null) ? form.homeUnitId() : null));
		return "armory/form";
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		return Refusals.onRedirect(redirect, action, done, "redirect:/armory/" + id);
	}

}
