package org.drillbook.armory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.AmmoReceipt;
import org.drillbook.armory.AmmunitionService;
import org.drillbook.armory.AmmunitionService.AmmoConsumption;
import org.drillbook.armory.ArmoryException;
import org.drillbook.armory.LotRecall;
import org.drillbook.refusal.Refusals;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;
import org.drillbook.system.LocalizedDates;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
 * Ammunition: stock per caliber and lot, the ledger, entries, recalls, and consumption
 * per unit and period. A refused entry shows the page again with what was typed.
 */
@Controller
@RequestMapping("/armory/ammo")
class AmmunitionController {

	private final AmmunitionService ammo;

	private final UnitService units;

	private final LocalizedDates dates;

	AmmunitionController(AmmunitionService ammo, UnitService units, LocalizedDates dates) {
		this.ammo = ammo;
		this.units = units;
		this.dates = dates;
	}

	@GetMapping
	String show(@PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		model.addAttribute("balances", this.ammo.balances(user));
		model.addAttribute("lots", this.ammo.lots(user));
		model.addAttribute("ledger", this.ammo.ledger(pageable, user));
		for (String form : List.of("receiptTyped", "consumptionTyped", "adjustmentTyped")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, Map.of());
			}
		}
		Object typedUnit = ((Map<?, ?>) model.getAttribute("consumptionTyped")).get("unit");
		model.addAttribute("unitChoices", this.units.choices(user, null, unitId(typedUnit)));
		return "armory/ammo";
	}

	@PostMapping("/receipt")
	String receive(@RequestParam Map<String, String> fields, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		return entry(model, redirect, "receiptTyped", fields, user, () -> {
			TypedValues typed = new TypedValues(fields);
			return this.ammo
				.receive(new AmmoReceipt(typed.text("caliber"), typed.text("lotNumber"), typed.text("manufacturer"),
						typed.date("manufacturedOn"), typed.rounds("rounds"), typed.text("reason")), user);
		});
	}

	@PostMapping("/consumption")
	String consume(@RequestParam Map<String, String> fields, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		return entry(model, redirect, "consumptionTyped", fields, user, () -> {
			TypedValues typed = new TypedValues(fields);
			this.ammo.consume(typed.text("caliber"), typed.id("lot"), typed.rounds("rounds"), typed.id("unit"),
					typed.text("reason"), user);
			return null;
		});
	}

	@PostMapping("/adjustment")
	String adjust(@RequestParam Map<String, String> fields, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		return entry(model, redirect, "adjustmentTyped", fields, user, () -> {
			TypedValues typed = new TypedValues(fields);
			Long lot = typed.id("lot");
			if (lot == null) {
				throw new ArmoryException("lot", "ammo.error.noLot");
			}
			this.ammo.adjust(lot, typed.signed("rounds"), typed.text("reason"), user);
			return null;
		});
	}

	@GetMapping("/lots/{id}")
	String lot(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("recall", this.ammo.recallReport(id, user));
		model.addAttribute("ledger", this.ammo.ledgerOfLot(id, pageable, user));
		return "armory/ammo-lot";
	}

	@PostMapping("/lots/{id}/recall")
	String recall(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		return Refusals.onPage(model, () -> {
			this.ammo.recall(id, reason, user);
			return "redirect:/armory/ammo/lots/" + id;
		}, () -> lot(id, PageRequest.of(0, 50), user, model));
	}

	@GetMapping("/lots/{id}/uses.csv")
	ResponseEntity<byte[]> usesCsv(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		LotRecall recall = this.ammo.recallReport(id, user);
		byte[] csv = CsvReport.write(
				List.of("session", "date", "unit", "rounds_out", "rounds_back", "rounds_used", "fired_by"),
				recall.uses()
					.stream()
					.map((u) -> List.<Object>of((u.sessionId() != null) ? u.sessionId() : "",
							(u.startsAt() != null) ? this.dates.dateTime(u.startsAt()) : "", u.unitCode(), u.out(),
							u.back(), u.used(), String.join(" ", u.callSigns())))
					.toList());
		return Download.of(csv, "lot-" + recall.lot().lotNumber() + "-uses.csv", Download.CSV);
	}

	@GetMapping("/report")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		ReportPeriod period = ReportPeriod.of(from, to, this.dates.today());
		LocalDate start = period.from();
		LocalDate end = period.to();
		model.addAttribute("rows", this.ammo.consumption(start, end, user));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "armory/ammo-report";
	}

	@GetMapping("/report.csv")
	ResponseEntity<byte[]> reportCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user) {
		ReportPeriod period = ReportPeriod.of(from, to, this.dates.today());
		LocalDate start = period.from();
		LocalDate end = period.to();
		List<AmmoConsumption> rows = this.ammo.consumption(start, end, user);
		byte[] csv = CsvReport.write(List.of("unit", "caliber", "rounds"),
				rows.stream().map((r) -> List.<Object>of(r.unitCode(), r.caliber(), r.rounds())).toList());
		return Download.of(csv, "ammunition-" + start + "-" + end + ".csv", Download.CSV);
	}

	/**
	 * Runs an entry: success redirects with a message; a refusal shows the page again
	 * with the message and what was typed in that form.
	 */
	private String entry(Model model, RedirectAttributes redirect, String form, Map<String, String> fields,
			DrillbookUser user, Supplier<Object> action) {
		return Refusals.onPage(model, () -> {
			action.get();
			redirect.addFlashAttribute("flashSuccess", "ammo.recorded");
			return "redirect:/armory/ammo";
		}, () -> {
			model.addAttribute(form, fields);
			return show(PageRequest.of(0, 50), user, model);
		});
	}

	/** The unit a refused consumption had chosen, if it was one. */
	private static Long unitId(Object typed) {
		return (typed instanceof String text && text.matches("\\d{1,18}")) ? Long.valueOf(text) : null;
	}

}
