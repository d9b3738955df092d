package org.drillbook.armory.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.InventoryService;
import org.drillbook.armory.InventoryLine;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;
import org.drillbook.report.PdfReport;
import org.drillbook.system.LocalizedDates;
import org.drillbook.refusal.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maintenance log entries, the physical inventory check, and the inventory as PDF and
 * CSV.
 */
@Controller
class InventoryController {

	private final ArmoryService armory;

	private final InventoryService inventory;

	private final MessageSource messages;

	private final LocalizedDates dates;

	InventoryController(ArmoryService armory, InventoryService inventory, MessageSource messages,
			LocalizedDates dates) {
		this.armory = armory;
		this.inventory = inventory;
		this.messages = messages;
		this.dates = dates;
	}

	@PostMapping("/armory/{id}/maintenance-log")
	String logMaintenance(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(defaultValue = "") String action, @AuthenticationPrincipal DrillbookUser user,
			RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect,
				() -> this.armory.logMaintenance(id, (doneOn != null) ? doneOn : this.dates.today(), action, user),
				"armory.maintenanceLogged", "redirect:/armory/" + id);
	}

	@GetMapping("/armory/inventory")
	String inventory(@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("checks", this.inventory.inventoryChecks(user));
		return "armory/inventory";
	}

	@PostMapping("/armory/inventory")
	String check(@RequestParam(defaultValue = "") String serials, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		List<String> seen = Arrays.stream(serials.split("[\\r\\n,;]+")).map(String::strip).toList();
		model.addAttribute("result", this.inventory.checkInventory(seen, user));
		model.addAttribute("checks", this.inventory.inventoryChecks(user));
		return "armory/inventory";
	}

	@GetMapping("/armory/report.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "false") boolean out,
			@AuthenticationPrincipal DrillbookUser user) {
		List<InventoryLine> lines = this.inventory.inventoryReport(out, user);
		byte[] csv = CsvReport.write(headers(), lines.stream().map((l) -> List.<Object>copyOf(cells(l))).toList());
		return Download.of(csv, (out ? "weapons-out-" : "inventory-") + this.dates.today() + ".csv", Download.CSV);
	}

	@GetMapping("/armory/report.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "false") boolean out,
			@AuthenticationPrincipal DrillbookUser user) {
		List<InventoryLine> lines = this.inventory.inventoryReport(out, user);
		byte[] pdf = PdfReport.table(text(out ? "armory.report.out" : "armory.report.inventory"),
				List.of(text("roster.pdf.printed", this.dates.dateTime(this.dates.now()), user.getUsername()),
						text("armory.report.count", lines.size())),
				headers(), lines.stream().map(this::cells).toList(), new float[] { 2.5f, 2, 3, 1.5f, 2, 3, 2.5f });
		return Download.of(pdf, (out ? "weapons-out-" : "inventory-") + this.dates.today() + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	private List<String> headers() {
		return List.of(text("armory.field.serial"), text("armory.field.kind"), text("armory.field.makeModel"),
				text("armory.field.caliber"), text("recruit.field.status"), text("armory.holder"),
				text("armory.issuedAt"));
	}

	private List<String> cells(InventoryLine line) {
		return List.of(line.weapon().serial(), text("WeaponKind." + line.weapon().kind()), line.weapon().makeModel(),
				line.weapon().caliber(), text("WeaponStatus." + line.weapon().status()),
				(line.holder() != null) ? line.holder() : "", this.dates.dateTime(line.since()));
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
