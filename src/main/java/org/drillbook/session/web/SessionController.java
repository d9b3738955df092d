package org.drillbook.session.web;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.SessionDetails;
import org.drillbook.session.SessionService;
import org.drillbook.system.LocalizedDates;
import org.drillbook.unit.UnitService;
import org.drillbook.refusal.Refusals;

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

/** Planning and running drill sessions. */
@Controller
@RequestMapping("/sessions")
class SessionController {

	private final SessionService sessions;

	private final UnitService units;

	private final DrillTypeService drillTypes;

	private final LocalizedDates dates;

	SessionController(SessionService sessions, UnitService units, DrillTypeService drillTypes, LocalizedDates dates) {
		this.sessions = sessions;
		this.units = units;
		this.drillTypes = drillTypes;
		this.dates = dates;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean past,
			@RequestParam(required = false) Long instructor, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("sessions", this.sessions.list(unit, !past, instructor, pageable, user));
		model.addAttribute("trainers", this.sessions.trainers(user));
		model.addAttribute("instructor", instructor);
		model.addAttribute("unitChoices", this.units.choices(user, null, unit));
		model.addAttribute("unit", unit);
		model.addAttribute("past", past);
		return "session/list";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("form", SessionForm.empty(this.dates.today(), user.id()));
		return form(model, user, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, user, null);
		}
		return Refusals.onForm(binding, () -> {
			long id = this.sessions.plan(form.plan(this.dates.zone()), user);
			redirect.addFlashAttribute("flashSuccess", "session.planned");
			return "redirect:/sessions/" + id;
		}, () -> form(model, user, null));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("drillSession", this.sessions.details(id, user));
		return "session/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		SessionDetails session = this.sessions.details(id, user);
		model.addAttribute("form", SessionForm.from(session, this.dates.zone()));
		return form(model, user, session);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		SessionDetails session = this.sessions.details(id, user);
		if (binding.hasErrors()) {
			return form(model, user, session);
		}
		return Refusals.onForm(binding, () -> {
			this.sessions.replan(id, form.plan(this.dates.zone()), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "session.updated");
			return "redirect:/sessions/" + id;
		}, () -> form(model, user, session), () -> {
			SessionDetails current = this.sessions.details(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", SessionForm.from(current, this.dates.zone()));
			return form(model, user, current);
		});
	}

	/**
	 * Opens a planned session; from the log ({@code then=log}) it goes back to the log.
	 */
	@PostMapping("/{id}/open")
	String open(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String then,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.sessions.open(id, version, user), "session.opened",
				"redirect:/sessions/" + id + ("log".equals(then) ? "/log" : ""));
	}

	@PostMapping("/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return change(id, redirect, "session.signedOff", () -> this.sessions.signOff(id, version, user));
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return change(id, redirect, "session.reopened", () -> this.sessions.reopen(id, reason, version, user));
	}

	private String form(Model model, DrillbookUser user, SessionDetails session) {
		model.addAttribute("drillSession", session);
		SessionForm form = (SessionForm) model.getAttribute("form");
		model.addAttribute("unitChoices", this.units.choices(user, null, (form != null) ? form.unitId() : null));
		model.addAttribute("drillOptions", this.drillTypes.active());
		model.addAttribute("trainers", this.sessions.trainers(user));
		return "session/form";
	}

	private static String change(long id, RedirectAttributes redirect, String done, Runnable action) {
		return Refusals.onRedirect(redirect, action, done, "redirect:/sessions/" + id);
	}

}
