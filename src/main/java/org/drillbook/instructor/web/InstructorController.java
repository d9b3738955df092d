package org.drillbook.instructor.web;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.OneTimeCredentials;
import org.drillbook.drill.DrillCategory;
import org.drillbook.instructor.InstructorRow;
import org.drillbook.instructor.InstructorService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/instructors")
class InstructorController {

	private final InstructorService instructors;

	private final UnitService units;

	InstructorController(InstructorService instructors, UnitService units) {
		this.instructors = instructors;
		this.units = units;
	}

	@GetMapping
	String list(@PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		model.addAttribute("instructors", this.instructors.list(pageable, user));
		return "instructor/list";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("form", InstructorForm.empty());
		return form(model, user, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") InstructorForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		if (binding.hasErrors()) {
			return form(model, user, null);
		}
		return Refusals.onForm(binding, () -> {
			OneTimeCredentials credentials = this.instructors.create(form.username(), form.callSign(),
					form.categories(), form.unitIds(), user);
			model.addAttribute("credentials", credentials);
			return "account/credentials";
		}, () -> form(model, user, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		InstructorRow instructor = this.instructors.find(id, user);
		model.addAttribute("form", InstructorForm.from(instructor));
		return form(model, user, instructor);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") InstructorForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, user, this.instructors.find(id, user));
		}
		return Refusals.onForm(binding, () -> {
			this.instructors.assign(id, form.categories(), form.unitIds(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "instructor.updated");
			return "redirect:/instructors";
		}, () -> form(model, user, this.instructors.find(id, user)), () -> {
			InstructorRow current = this.instructors.find(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", InstructorForm.from(current));
			return form(model, user, current);
		});
	}

	private String form(Model model, DrillbookUser user, InstructorRow instructor) {
		model.addAttribute("instructor", instructor);
		InstructorForm form = (InstructorForm) model.getAttribute("form");
		model.addAttribute("unitChoices", this.units.choicesForChange(user, null,
				(form != null && form.unitIds() != null) ? form.unitIds() : java.util.Set.of()));
		model.addAttribute("categories", DrillCategory.values());
		return "instructor/form";
	}

}
