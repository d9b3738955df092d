package org.drillbook.recruit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.recruit.MembershipRow;
import org.drillbook.recruit.RecruitRecord;
import org.drillbook.recruit.RecruitPrivacyService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.StatusChangeRow;
import org.drillbook.report.Download;
import org.drillbook.report.PdfReport;
import org.drillbook.system.LocalizedDates;
import org.drillbook.refusal.Refusals;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A recruit's own data on request: everything held, as JSON or PDF; and erasure. */
@Controller
@RequestMapping("/recruits/{id}")
class PrivacyController {

	private final RecruitService recruits;

	private final RecruitPrivacyService privacy;

	private final JsonMapper json;

	private final MessageSource messages;

	private final LocalizedDates dates;

	PrivacyController(RecruitService recruits, RecruitPrivacyService privacy, JsonMapper json, MessageSource messages,
			LocalizedDates dates) {
		this.recruits = recruits;
		this.privacy = privacy;
		this.json = json;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/export.json")
	ResponseEntity<byte[]> json(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		RecruitRecord record = this.privacy.export(id, "json", user);
		return Download.of(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(record),
				"recruit-" + id + ".json", MediaType.APPLICATION_JSON);
	}

	@GetMapping("/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		RecruitRecord record = this.privacy.export(id, "pdf", user);
		IdentityDetails identity = record.identity();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("recruit.field.callSign"), record.callSign()));
		rows.add(List.of(text("recruit.field.status"), text("RecruitStatus." + record.status())));
		rows.add(List.of(text("recruit.field.intakeDate"), this.dates.date(record.intakeDate())));
		rows.add(List.of(text("recruit.field.legalName"), orDash(identity.legalName())));
		rows.add(List.of(text("recruit.field.dateOfBirth"), this.dates.date(identity.dateOfBirth())));
		rows.add(List.of(text("recruit.field.nationality"), orDash(identity.nationality())));
		rows.add(List.of(text("recruit.field.phone"), orDash(identity.phone())));
		rows.add(List.of(text("recruit.field.emergencyContact"), orDash(identity.emergencyContact())));
		rows.add(List.of(text("recruit.field.personalNotes"), orDash(identity.personalNotes())));
		for (MembershipRow m : record.memberships()) {
			rows.add(List.of(text("recruit.memberships"), m.unitCode() + " · " + text("Position." + m.position())
					+ " · " + this.dates.date(m.validFrom()) + " – " + this.dates.date(m.validTo())));
		}
		for (StatusChangeRow c : record.statusHistory()) {
			rows.add(List.of(text("recruit.statusHistory"),
					this.dates.dateTime(c.changedAt()) + " · " + text("RecruitStatus." + c.to()) + " · " + c.changedBy()
							+ ((c.reason() != null) ? " · " + c.reason() : "")));
		}
		byte[] pdf = PdfReport.table(text("privacy.export.title", record.callSign()),
				List.of(text("privacy.export.made", this.dates.dateTime(record.exportedAt()), record.exportedBy())),
				List.of(text("privacy.export.field"), text("privacy.export.value")), rows, new float[] { 1, 2.5f });
		return Download.of(pdf, "recruit-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	@PostMapping("/erase")
	String erase(@PathVariable long id, @RequestParam long version, @RequestParam String confirm,
			@AuthenticationPrincipal DrillbookUser user, RedirectAttributes redirect) {
		String callSign = this.recruits.detailsForChange(id, user).callSign();
		if (!callSign.equalsIgnoreCase(confirm.strip())) {
			Refusals.flashError(redirect, "privacy.erase.confirmMismatch");
			return "redirect:/recruits/" + id;
		}
		return Refusals.onRedirect(redirect, () -> this.privacy.erase(id, version, user), "privacy.erase.done",
				"redirect:/recruits/" + id);
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

	private static String orDash(String value) {
		return (value != null) ? value : "—";
	}

}
