package org.drillbook.recruit.web;

import java.time.LocalDate;

import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.RosterService;
import org.drillbook.recruit.Roster;
import org.drillbook.report.Download;
import org.drillbook.system.LocalizedDates;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's roster on a day, on screen and as CSV or PDF. */
@Controller
@RequestMapping("/units/{id}")
class RosterController {

	private final RosterService rosters;

	private final RosterExport export;

	private final LocalizedDates dates;

	RosterController(RosterService rosters, RosterExport export, LocalizedDates dates) {
		this.rosters = rosters;
		this.export = export;
		this.dates = dates;
	}

	@GetMapping("/roster")
	String show(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "true") boolean subunits, @PageableDefault(size = 100) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("roster",
				this.rosters.roster(id, (asOf != null) ? asOf : this.dates.today(), subunits, pageable, user));
		return "recruit/roster";
	}

	@GetMapping("/roster.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "true") boolean subunits, @AuthenticationPrincipal DrillbookUser user) {
		Roster roster = this.rosters.roster(id, (asOf != null) ? asOf : this.dates.today(), subunits,
				Pageable.unpaged(), user);
		this.rosters.recordRosterExport(roster, "csv", user);
		return Download.of(this.export.csv(roster), fileName(roster, "csv"), Download.CSV);
	}

	@GetMapping("/roster.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "true") boolean subunits, @AuthenticationPrincipal DrillbookUser user) {
		Roster roster = this.rosters.roster(id, (asOf != null) ? asOf : this.dates.today(), subunits,
				Pageable.unpaged(), user);
		this.rosters.recordRosterExport(roster, "pdf", user);
		return Download.of(this.export.pdf(roster, user.getUsername()), fileName(roster, "pdf"),
				MediaType.APPLICATION_PDF);
	}

	private static String fileName(Roster roster, String extension) {
		return "roster-" + roster.unit().code() + "-" + roster.asOf() + "." + extension;
	}

}
