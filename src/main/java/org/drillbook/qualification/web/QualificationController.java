package org.drillbook.qualification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.qualification.QualificationDetails;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.QualificationService;
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

/**
 * Qualification definitions: admins and instructors read them, admins define, change
 * (each change a recorded revision) and retire them.
 */
@Controller
@RequestMapping("/qualifications")
class QualificationController {

	private final QualificationService qualifications;

	private final DrillTypeService drillTypes;

	QualificationController(QualificationService qualifications, DrillTypeService drillTypes) {
		this.qualifications = qualifications;
		this.drillTypes = drillTypes;
	}

	@ModelAttribute("rules")
	QualificationRule[] rules() {
		return QualificationRule.values();
	}

	/** The form's row numbers, read from the numbers and not from what was sent. */
	@ModelAttribute("requirementRows")
	List<Integer> requirementRows() {
		return java.util.stream.IntStream.range(0, QualificationForm.ROWS).boxed().toList();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean retired, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("qualifications", this.qualifications.list(retired, pageable, user));
		model.addAttribute("retired", retired);
		return "qualification/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("details", this.qualifications.details(id, user));
		return "qualification/show";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		model.addAttribute("form", QualificationForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") QualificationForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		user.require(Role.ADMIN);
		if (binding.hasErrors()) {
			return form(model, null);
		}
		return Refusals.onForm(binding, () -> {
			long id = this.qualifications.define(form.definition(), user);
			redirect.addFlashAttribute("flashSuccess", "qualification.created");
			return "redirect:/qualifications/" + id;
		}, () -> form(model, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		QualificationDetails details = this.qualifications.details(id, user);
		model.addAttribute("form", QualificationForm.from(details.qualification()));
		return form(model, details);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") QualificationForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		user.require(Role.ADMIN);
		QualificationDetails details = this.qualifications.details(id, user);
		if (binding.hasErrors()) {
			return form(model, details);
		}
		return Refusals.onForm(binding, () -> {
			this.qualifications.redefine(id, form.definition(), form.reason(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "qualification.updated");
			return "redirect:/qualifications/" + id;
		}, () -> form(model, details), () -> {
			QualificationDetails current = this.qualifications.details(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", QualificationForm.from(current.qualification()));
			return form(model, current);
		});
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return change(id, redirect, "qualification.retired", () -> this.qualifications.retire(id, version, user));
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return change(id, redirect, "qualification.reinstated", () -> this.qualifications.reinstate(id, version, user));
	}

	/**
	 * The form offers the active drill types, and any retired one the qualification still
	 * names.
	 */
	private String form(Model model, QualificationDetails details) {
		model.addAttribute("details", details);
		List<DrillTypeRow> drills = new ArrayList<>(this.drillTypes.active());
		if (details != null) {
			Set<Long> offered = drills.stream().map(DrillTypeRow::id).collect(Collectors.toSet());
			List<Long> retired = details.qualification()
				.requirements()
				.stream()
				.map((r) -> r.requirement().drillTypeId())
				.filter((id) -> !offered.contains(id))
				.toList();
			if (!retired.isEmpty()) {
				drills.addAll(this.drillTypes.findAll(retired));
			}
		}
		model.addAttribute("drills", drills);
		return "qualification/form";
	}

	private static String change(long id, RedirectAttributes redirect, String done, Runnable action) {
		return Refusals.onRedirect(redirect, () -> action.run(), done, "redirect:/qualifications/" + id);
	}

}
