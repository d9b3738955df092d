package org.drillbook.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the reader's language writes them; templates call it as {@code @dates}. Times
 * are shown in the zone of the range ({@code DRILLBOOK_TIME_ZONE}).
 */
@Component("dates")
public class LocalizedDates {

	private final Clock clock;

	LocalizedDates(Clock clock) {
		this.clock = clock;
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

	public String longDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.clock.getZone())
			.format(instant);
	}

	/** The time of day alone, as the reader's language writes it. */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.clock.getZone())
			.format(instant);
	}

	/** Whether the instant falls on today in the zone of the range. */
	public boolean isToday(Instant instant) {
		return instant != null && LocalDate.ofInstant(instant, this.clock.getZone()).equals(today());
	}

	/** The zone of the range, in which days begin and end. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

	public Instant now() {
		return this.clock.instant();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
