package org.drillbook.armory.web;

import java.time.LocalDate;
import java.util.List;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.AmmunitionService;
import org.drillbook.armory.AmmunitionService.AmmoConsumption;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;
import org.drillbook.system.LocalizedDates;
import org.drillbook.unit.UnitService;
import org.drillbook.refusal.Refusals;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ammunition: stock per caliber, the ledger, entries, and consumption per unit and
 * period.
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
		model.addAttribute("ledger", this.ammo.ledger(pageable, user));
		model.addAttribute("unitOptions", this.units.options(user));
		return "armory/ammo";
	}

	@PostMapping("/receipt")
	String receive(@RequestParam String caliber, @RequestParam int rounds,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(redirect, () -> this.ammo.receive(caliber, rounds, reason, user));
	}

	@PostMapping("/consumption")
	String consume(@RequestParam String caliber, @RequestParam int rounds, @RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(redirect, () -> this.ammo.consume(caliber, rounds, null, unit, reason, user));
	}

	@PostMapping("/session")
	String consumeSession(@RequestParam long session, @RequestParam String caliber,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return act(redirect, () -> this.ammo.consumeSession(session, caliber, user));
	}

	@PostMapping("/adjustment")
	String adjust(@RequestParam String caliber, @RequestParam int rounds,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return act(redirect, () -> this.ammo.adjust(caliber, rounds, reason, user));
	}

	@GetMapping("/report")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		LocalDate end = (to != null) ? to : this.dates.today();
		LocalDate start = (from != null) ? from : end.minusDays(30);
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
		LocalDate end = (to != null) ? to : this.dates.today();
		LocalDate start = (from != null) ? from : end.minusDays(30);
		List<AmmoConsumption> rows = this.ammo.consumption(start, end, user);
		byte[] csv = CsvReport.write(List.of("unit", "caliber", "rounds"),
				rows.stream().map((r) -> List.<Object>of(r.unitCode(), r.caliber(), r.rounds())).toList());
		return Download.of(csv, "ammunition-" + start + "-" + end + ".csv", Download.CSV);
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		return Refusals.onRedirect(redirect, () -> action.run(), "ammo.recorded", "redirect:/armory/ammo");
	}

}
