package org.drillbook.recruit.web;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.recruit.DuplicateCallSignException;
import org.drillbook.recruit.IllegalStatusChangeException;
import org.drillbook.recruit.QualificationsMissingException;
import org.drillbook.recruit.NewRecruit;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.recruit.RecruitFilter;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.recruit.StatusReasonRequiredException;
import org.drillbook.recruit.TransferException;
import org.drillbook.system.LocalizedDates;
import org.drillbook.unit.UnitService;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.dao.OptimisticLockingFailureException;
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

	private final UnitService units;

	private final LocalizedDates dates;

	RecruitController(RecruitService recruits, UnitService units, LocalizedDates dates) {
		this.recruits = recruits;
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
		model.addAttribute("unitOptions", this.units.options(user));
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
			model.addAttribute("unitOptions", this.units.optionsForChange(user));
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
		try {
			long id = this.recruits.enlist(new NewRecruit(form.callSign(), form.intakeDate(), form.unitId(),
					(form.position() != null) ? form.position() : Position.MEMBER, form.identity()), user);
			redirect.addFlashAttribute("flashSuccess", "recruit.created");
			return "redirect:/recruits/" + id;
		}
		catch (DuplicateCallSignException ex) {
			binding.rejectValue("callSign", "recruit.error.callSignTaken");
			return form(model, user, null);
		}
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
		try {
			this.recruits.update(id, form.callSign(), form.intakeDate(), form.identity(), form.version(), user);
		}
		catch (DuplicateCallSignException ex) {
			binding.rejectValue("callSign", "recruit.error.callSignTaken");
			return form(model, user, recruit);
		}
		catch (OptimisticLockingFailureException ex) {
			RecruitDetails current = this.recruits.detailsForChange(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", RecruitForm.from(current));
			return form(model, user, current);
		}
		redirect.addFlashAttribute("flashSuccess", "recruit.updated");
		return "redirect:/recruits/" + id;
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.recruits.changeStatus(id, form.status(), form.reason(), form.override(), form.version(), user);
				redirect.addFlashAttribute("flashSuccess", "recruit.status.changed");
				return "redirect:/recruits/" + id;
			}
			catch (IllegalStatusChangeException ex) {
				binding.rejectValue("status", "recruit.status.error.notAllowed");
			}
			catch (QualificationsMissingException ex) {
				binding.rejectValue("status", "recruit.status.error.qualificationsMissing",
						new Object[] { String.join(", ", ex.getMissing()) }, null);
			}
			catch (StatusReasonRequiredException ex) {
				binding.rejectValue("reason", "recruit.status.error.reasonRequired");
			}
			catch (OptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("flashError", "form.conflict.reload");
				return "redirect:/recruits/" + id;
			}
		}
		// the page again, with the form as it was sent and its errors
		return show(id, user, model);
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable long id, @Valid @ModelAttribute("transferForm") TransferForm form,
			BindingResult binding, @AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.recruits.transfer(id, form.unitId(), form.position(), form.day(), form.version(), user);
				redirect.addFlashAttribute("flashSuccess", "recruit.transfer.done");
				return "redirect:/recruits/" + id;
			}
			catch (TransferException ex) {
				binding.reject(ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("flashError", "form.conflict.reload");
				return "redirect:/recruits/" + id;
			}
		}
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.transferForm", binding);
		redirect.addFlashAttribute("transferForm", form);
		return "redirect:/recruits/" + id;
	}

	private String form(Model model, DrillbookUser user, RecruitDetails recruit) {
		model.addAttribute("unitOptions", this.units.optionsForChange(user));
		model.addAttribute("positions", Position.values());
		model.addAttribute("recruit", recruit);
		model.addAttribute("today", this.dates.today());
		return "recruit/form";
	}

}
