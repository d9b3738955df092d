package org.drillbook.recruit.web;

import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.recruit.NewRecruit;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.recruit.RecruitFilter;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RosterService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.LocalizedDates;
import org.drillbook.unit.UnitService;
import org.drillbook.refusal.Refusals;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

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

@Controller
@RequestMapping("/recruits")
class RecruitController {

	private final RecruitService recruits;

	private final RosterService rosters;

	private final UnitService units;

	private final LocalizedDates dates;

	RecruitController(RecruitService recruits, RosterService rosters, UnitService units, LocalizedDates dates) {
		this.recruits = recruits;
		this.rosters = rosters;
		this.units = units;
		this.dates = dates;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) RecruitStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal DrillbookUser user,
			HtmxRequest htmx, Model model) {
		RecruitFilter filter = new RecruitFilter(unit, status, q, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("recruits", this.recruits.search(filter, pageable, user));
		if (htmx.isHtmxRequest()) {
			return "recruit/list :: table";
		}
		model.addAttribute("unitChoices", this.units.choices(user, null, unit));
		model.addAttribute("statuses", RecruitStatus.values());
		model.addAttribute("sorts", RecruitFilter.SORTS);
		return "recruit/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		RecruitDetails recruit = this.recruits.details(id, user);
		model.addAttribute("recruit", recruit);
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm(null, "", false, recruit.version()));
		}
		if (!model.containsAttribute("transferForm")) {
			model.addAttribute("transferForm",
					new TransferForm(null, Position.MEMBER, this.dates.today(), recruit.version()));
		}
		model.addAttribute("positions", Position.values());
		if (user.is(Role.ADMIN)) {
			TransferForm transfer = (TransferForm) model.getAttribute("transferForm");
			model.addAttribute("unitChoices", this.units.choicesForChange(user, null, transfer.unitId()));
		}
		return "recruit/show";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("form", RecruitForm.empty(this.dates.today()));
		return form(model, user, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") RecruitForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, user, null);
		}
		return Refusals.onForm(binding, () -> {
			long id = this.recruits.enlist(new NewRecruit(form.callSign(), form.intakeDate(), form.unitId(),
					(form.position() != null) ? form.position() : Position.MEMBER, form.identity()), user);
			redirect.addFlashAttribute("flashSuccess", "recruit.created");
			return "redirect:/recruits/" + id;
		}, () -> form(model, user, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		RecruitDetails recruit = this.recruits.detailsForChange(id, user);
		model.addAttribute("form", RecruitForm.from(recruit));
		return form(model, user, recruit);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") RecruitForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		RecruitDetails recruit = this.recruits.detailsForChange(id, user);
		if (binding.hasErrors()) {
			return form(model, user, recruit);
		}
		return Refusals.onForm(binding, () -> {
			this.recruits.update(id, form.callSign(), form.intakeDate(), form.identity(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "recruit.updated");
			return "redirect:/recruits/" + id;
		}, () -> form(model, user, recruit), () -> {
			RecruitDetails current = this.recruits.detailsForChange(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", RecruitForm.from(current));
			return form(model, user, current);
		});
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		// on a refusal, the page again, with the form as it was sent and its errors
		if (binding.hasErrors()) {
			return show(id, user, model);
		}
		return Refusals.onForm(binding, () -> {
			this.recruits.changeStatus(id, form.status(), form.reason(), form.override(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "recruit.status.changed");
			return "redirect:/recruits/" + id;
		}, () -> show(id, user, model), () -> {
			Refusals.flashError(redirect, Refusals.CONFLICT);
			return "redirect:/recruits/" + id;
		});
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable long id, @Valid @ModelAttribute("transferForm") TransferForm form,
			BindingResult binding, @AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		// on a refusal, back to the recruit's page with the form as it was sent and its
		// errors
		Supplier<String> formAgain = () -> {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.transferForm", binding);
			redirect.addFlashAttribute("transferForm", form);
			return "redirect:/recruits/" + id;
		};
		if (binding.hasErrors()) {
			return formAgain.get();
		}
		return Refusals.onForm(binding, () -> {
			this.rosters.transfer(id, form.unitId(), form.position(), form.day(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "recruit.transfer.done");
			return "redirect:/recruits/" + id;
		}, formAgain, () -> {
			Refusals.flashError(redirect, Refusals.CONFLICT);
			return "redirect:/recruits/" + id;
		});
	}

	private String form(Model model, DrillbookUser user, RecruitDetails recruit) {
		if (recruit == null) {
			RecruitForm form = (RecruitForm) model.getAttribute("form");
			model.addAttribute("unitChoices",
					this.units.choicesForChange(user, null, (form != null) ? form.unitId() : null));
		}
		model.addAttribute("positions", Position.values());
		model.addAttribute("recruit", recruit);
		model.addAttribute("today", this.dates.today());
		return "recruit/form";
	}

}
