package org.drillbook.recruit.web;

import java.util.List;
import java.util.Locale;

import org.drillbook.recruit.Roster;
import org.drillbook.recruit.RosterRow;
import org.drillbook.report.CsvReport;
import org.drillbook.report.PdfReport;
import org.drillbook.system.LocalizedDates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A roster as CSV or printable PDF, with headers and labels in the reader's language. */
@Component
class RosterExport {

	private final MessageSource messages;

	private final LocalizedDates dates;

	RosterExport(MessageSource messages, LocalizedDates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	byte[] csv(Roster roster) {
		return CsvReport.write(headers(),
				roster.members()
					.getContent()
					.stream()
					.map((r) -> List.<Object>of(r.callSign(), r.unitCode(), text("Position." + r.position()),
							text("RecruitStatus." + r.status()), r.since().toString()))
					.toList());
	}

	byte[] pdf(Roster roster, String printedBy) {
		String title = text("roster.pdf.title", roster.unit().code(), roster.unit().name());
		List<String> subtitles = List.of(text("roster.pdf.asOf", this.dates.date(roster.asOf())),
				text(roster.includeSubunits() ? "roster.pdf.withSubunits" : "roster.pdf.unitOnly"),
				text("roster.pdf.count", roster.total()),
				text("roster.pdf.printed", this.dates.dateTime(this.dates.now()), printedBy));
		List<List<String>> rows = roster.members()
			.getContent()
			.stream()
			.map((RosterRow r) -> List.of(r.callSign(), r.unitCode(), text("Position." + r.position()),
					text("RecruitStatus." + r.status()), this.dates.date(r.since())))
			.toList();
		return PdfReport.table(title, subtitles, headers(), rows, new float[] { 3, 2, 3, 2.5f, 2.5f });
	}

	private List<String> headers() {
		return List.of(text("recruit.field.callSign"), text("recruit.field.unit"), text("recruit.field.position"),
				text("recruit.field.status"), text("roster.since"));
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
