package org.drillbook.audit.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditDetail;
import org.drillbook.audit.AuditDetail.AuditValue;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditRow;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit event in the reader's language: its action, its kind of record and each part
 * of its details, with field names, values of enums, dates and numbers as the language
 * writes them. Templates call it as {@code @auditText}; the CSV export uses it too. (The
 * audit module formats on its own: every other module depends on it.)
 */
@Component("auditText")
public class AuditText {

	private final MessageSource messages;

	private final Clock clock;

	AuditText(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	public String action(AuditRow row) {
		return action(row.action());
	}

	/** An action's label; one that is not Drillbook's (a forged row) as it is. */
	public String action(String action) {
		boolean known = java.util.Arrays.stream(AuditAction.values()).anyMatch((a) -> a.name().equals(action));
		return known ? message("AuditAction." + action) : action;
	}

	public String record(AuditRow row) {
		if (row.entityType() == null) {
			return "—";
		}
		String type = AuditRecordType.ofCode(row.entityType()).isPresent() ? message("audit.entity." + row.entityType())
				: row.entityType();
		return (row.entityId() != null) ? type + " " + row.entityId() : type;
	}

	/**
	 * The details, one line each; events written before they were kept apart show their
	 * summary.
	 */
	public List<String> lines(AuditRow row) {
		if (row.details() == null) {
			return (row.summary() != null) ? List.of(row.summary()) : List.of();
		}
		return row.details().stream().map(this::line).toList();
	}

	public String line(AuditDetail detail) {
		return switch (detail.kind()) {
			case "SET" -> field(detail) + ": " + value(detail.after());
			case "CHANGE" -> field(detail) + ": " + value(detail.before()) + " → " + value(detail.after());
			case "MASKED" -> field(detail) + ": " + message("audit.masked." + detail.before().items().get(0));
			default -> message(detail.field(), detail.args().toArray());
		};
	}

	private String field(AuditDetail detail) {
		return message("audit.field." + detail.field());
	}

	private String value(AuditValue value) {
		if (value == null) {
			return "—";
		}
		return value.items().stream().map((item) -> item(value.type(), item)).collect(Collectors.joining(", "));
	}

	private String item(String type, String item) {
		if (type.startsWith("enum:")) {
			return this.messages.getMessage(type.substring(5) + "." + item, null, item, locale());
		}
		return switch (type) {
			case "number" -> NumberFormat.getNumberInstance(locale()).format(new BigDecimal(item));
			case "date" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale())
				.format(LocalDate.parse(item));
			case "instant" -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale())
				.withZone(this.clock.getZone())
				.format(Instant.parse(item));
			case "yesNo" -> message("audit.value." + item);
			default -> "“" + item + "”";
		};
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
