package org.drillbook.drill.web;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.drill.StandardKind;
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
 * The drill catalogue: everyone reads it, admins define, change and retire drill types.
 */
@Controller
@RequestMapping("/drills")
class DrillTypeController {

	private final DrillTypeService drillTypes;

	DrillTypeController(DrillTypeService drillTypes) {
		this.drillTypes = drillTypes;
	}

	@ModelAttribute("categories")
	DrillCategory[] categories() {
		return DrillCategory.values();
	}

	@ModelAttribute("standards")
	StandardKind[] standards() {
		return StandardKind.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean retired, @PageableDefault(size = 100) Pageable pageable,
			Model model) {
		model.addAttribute("drills", this.drillTypes.catalogue(retired, pageable));
		model.addAttribute("retired", retired);
		return "drill/list";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		model.addAttribute("form", DrillTypeForm.empty());
		return "drill/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DrillTypeForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		user.require(Role.ADMIN);
		if (binding.hasErrors()) {
			return "drill/form";
		}
		return Refusals.onForm(binding, () -> {
			this.drillTypes.define(form.definition(), form.translations(), user);
			redirect.addFlashAttribute("flashSuccess", "drill.created");
			return "redirect:/drills";
		}, () -> "drill/form");
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(Role.ADMIN);
		DrillTypeService.DrillEdit edit = this.drillTypes.forEdit(id);
		model.addAttribute("drill", edit.drill());
		model.addAttribute("revisions", this.drillTypes.revisions(java.util.List.of(id)));
		model.addAttribute("form", DrillTypeForm.from(edit.drill(), edit.translations()));
		return "drill/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DrillTypeForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		user.require(Role.ADMIN);
		model.addAttribute("drill", this.drillTypes.find(id));
		model.addAttribute("revisions", this.drillTypes.revisions(java.util.List.of(id)));
		if (binding.hasErrors()) {
			return "drill/form";
		}
		return Refusals.onForm(binding, () -> {
			this.drillTypes.redefine(id, form.definition(), form.translations(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "drill.updated");
			return "redirect:/drills";
		}, () -> "drill/form", () -> {
			DrillTypeService.DrillEdit current = this.drillTypes.forEdit(id);
			model.addAttribute("conflict", form);
			model.addAttribute("drill", current.drill());
			model.addAttribute("form", DrillTypeForm.from(current.drill(), current.translations()));
			return "drill/form";
		});
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return change(redirect, "drill.retired", () -> this.drillTypes.retire(id, version, user));
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return change(redirect, "drill.reinstated", () -> this.drillTypes.reinstate(id, version, user));
	}

	private static String change(RedirectAttributes redirect, String done, Runnable action) {
		return Refusals.onRedirect(redirect, () -> action.run(), done, "redirect:/drills?retired=true");
	}

}
