package org.drillbook.unit.web;

import java.util.List;

import jakarta.validation.Valid;
import org.drillbook.account.DrillbookUser;
import org.drillbook.unit.UnitChoices;
import org.drillbook.unit.UnitDetails;
import org.drillbook.unit.UnitService;
import org.drillbook.refusal.Refusals;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/units")
class UnitController {

	private final UnitService units;

	UnitController(UnitService units) {
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, @PageableDefault(size = 100) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("units", this.units.list(archived, pageable, user));
		model.addAttribute("archived", archived);
		return "unit/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("unit", this.units.details(id, user));
		return "unit/show";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long parent, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		model.addAttribute("form", UnitForm.empty(parent));
		return form(model, user, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, user, null);
		}
		return Refusals.onForm(binding, () -> {
			long id = this.units.create(form.code(), form.name(), form.parentId(), user);
			redirect.addFlashAttribute("flashSuccess", "unit.created");
			return "redirect:/units/" + id;
		}, () -> form(model, user, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		UnitDetails unit = this.units.details(id, user);
		model.addAttribute("form", UnitEditForm.from(unit));
		return form(model, user, unit);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitEditForm form, BindingResult binding,
			@AuthenticationPrincipal DrillbookUser user, Model model, RedirectAttributes redirect) {
		UnitDetails unit = this.units.details(id, user);
		if (binding.hasErrors()) {
			return form(model, user, unit);
		}
		return Refusals.onForm(binding, () -> {
			this.units.update(id, form.name(), form.parentId(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "unit.updated");
			return "redirect:/units/" + id;
		}, () -> form(model, user, unit), () -> {
			UnitDetails current = this.units.details(id, user);
			model.addAttribute("conflict", form);
			model.addAttribute("form", UnitEditForm.from(current));
			return form(model, user, current);
		});
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.units.archive(id, version, user), "unit.archived",
				"redirect:/units/" + id);
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> this.units.restore(id, version, user), "unit.restored",
				"redirect:/units/" + id);
	}

	/**
	 * A unit picker's search: the units whose code or name holds the text, among those
	 * the reader may see ({@code scope=read}) or, for an admin's change, all of them
	 * ({@code scope=change}).
	 */
	@GetMapping(path = "/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<UnitChoice> choices(@RequestParam(defaultValue = "read") String scope,
			@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal DrillbookUser user) {
		UnitChoices choices = "change".equals(scope) ? this.units.choicesForChange(user, q, (Long) null)
				: this.units.choices(user, q, null);
		return choices.options().stream().map((o) -> new UnitChoice(o.id(), o.label())).toList();
	}

	/** A unit as a picker's search returns it. */
	record UnitChoice(long id, String label) {
	}

	private String form(Model model, DrillbookUser user, UnitDetails unit) {
		Object form = model.getAttribute("form");
		Long parent = (form instanceof UnitForm created) ? created.parentId()
				: (form instanceof UnitEditForm edited) ? edited.parentId() : null;
		model.addAttribute("parents", this.units.choicesForChange(user, null, parent));
		model.addAttribute("unit", unit);
		return "unit/form";
	}

}
