package org.drillbook.qualification.web;

import java.util.ArrayList;
import java.util.List;

import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.ExpiringAlert;
import org.drillbook.qualification.ExpiringAlerts;
import org.drillbook.qualification.MemberList;
import org.drillbook.qualification.MemberListPage;
import org.drillbook.qualification.MemberStanding;
import org.drillbook.qualification.UnitRequirementService;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;
import org.drillbook.system.LocalizedDates;
import org.drillbook.refusal.Refusals;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
 * Readiness: the battalion at a glance, a unit's page, its member lists, the
 * qualifications a unit requires, the alerts of what lapses soon, and a recruit's
 * standings.
 */
@Controller
class ReadinessController {

	private final ReadinessService readiness;

	private final UnitRequirementService unitRequirements;

	private final LocalizedDates dates;

	private final MessageSource messages;

	ReadinessController(ReadinessService readiness, UnitRequirementService unitRequirements, LocalizedDates dates,
			MessageSource messages) {
		this.readiness = readiness;
		this.unitRequirements = unitRequirements;
		this.dates = dates;
		this.messages = messages;
	}

	@GetMapping("/readiness")
	String overview(@PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal DrillbookUser user,
			Model model) {
		model.addAttribute("overview", this.readiness.overview(pageable, user));
		return "qualification/overview";
	}

	@GetMapping("/readiness/units/{id}")
	String unit(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, Model model) {
		model.addAttribute("readiness", this.readiness.ofUnit(id, user));
		return "qualification/unit";
	}

	@GetMapping("/readiness/units/{id}/qualifications/{qualificationId}")
	String members(@PathVariable long id, @PathVariable long qualificationId,
			@RequestParam(defaultValue = "MISSING") MemberList list, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user, Model model) {
		MemberListPage page = this.readiness.members(id, qualificationId, list, pageable, user);
		model.addAttribute("memberList", page);
		model.addAttribute("members", page.members());
		model.addAttribute("lists", MemberList.values());
		return "qualification/members";
	}

	@PostMapping("/readiness/units/{id}/requirements")
	String require(@PathVariable long id, @RequestParam(name = "qualification", required = false) List<Long> required,
			@RequestParam(name = "shown", required = false) List<Long> shown,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		return Refusals.onRedirect(redirect, () -> {
			this.unitRequirements.requireOfUnit(id, (required != null) ? required : List.of(),
					(shown != null) ? shown : List.of(), user);
		}, "readiness.requirements.saved", "redirect:/readiness/units/" + id);
	}

	/** What lapses soon, per unit: a page, or the dashboard's card when htmx asks. */
	@GetMapping("/readiness/expiring")
	String expiring(@AuthenticationPrincipal DrillbookUser user, HtmxRequest htmx, Model model) {
		ExpiringAlerts soonest = this.readiness.expiringSoonest(user);
		model.addAttribute("alerts", soonest.alerts());
		model.addAttribute("expiring", soonest);
		model.addAttribute("expiringDays", this.readiness.expiringDays());
		model.addAttribute("today", this.dates.today());
		return htmx.isHtmxRequest() ? "qualification/expiring :: card" : "qualification/expiring";
	}

	@GetMapping("/readiness/expiring.csv")
	ResponseEntity<byte[]> expiringCsv(@AuthenticationPrincipal DrillbookUser user) {
		List<List<?>> rows = new ArrayList<>();
		for (ExpiringAlert alert : this.readiness.expiring(user)) {
			for (MemberStanding s : alert.standings()) {
				rows.add(List.of(alert.unitCode(), s.callSign(), s.standing().name(),
						s.standing().validUntil().toString(), s.standing().daysLeft(this.dates.today())));
			}
		}
		byte[] csv = CsvReport.write(List.of(text("recruit.field.unit"), text("recruit.field.callSign"),
				text("qualification.field.name"), text("readiness.validUntil"), text("readiness.daysLeft")), rows);
		return Download.of(csv, "expiring-" + this.dates.today() + ".csv", Download.CSV);
	}

	/** A recruit's standings, for the recruit page (htmx) or on its own. */
	@GetMapping("/recruits/{id}/qualifications")
	String recruit(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user, HtmxRequest htmx, Model model) {
		model.addAttribute("standings", this.readiness.ofRecruit(id, user));
		return htmx.isHtmxRequest() ? "qualification/recruit :: standings" : "qualification/recruit";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
