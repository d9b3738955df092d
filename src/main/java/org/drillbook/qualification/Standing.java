package org.drillbook.qualification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where one recruit stands with one qualification on a day.
 *
 * @param qualificationId the qualification
 * @param name its name
 * @param status the computed status
 * @param validUntil the last day it holds (QUALIFIED, EXPIRING) or held (EXPIRED); null
 * for NOT_YET
 * @param shortfalls the requirements not met today
 */
public record Standing(long qualificationId, String name, QualificationStatus status, LocalDate validUntil,
		List<Shortfall> shortfalls) {

	/**
	 * Decides the status from the evidence of every requirement: all met → QUALIFIED (or
	 * EXPIRING when the earliest lapse is within {@code expiringDays}); all met once but
	 * some lapsed → EXPIRED; otherwise NOT_YET.
	 */
	public static Standing of(long qualificationId, String name, List<Evidence> evidence, LocalDate today,
			int expiringDays, Map<Long, String> drillNames) {
		List<Shortfall> shortfalls = new ArrayList<>();
		LocalDate earliest = null;
		boolean neverMet = evidence.isEmpty();
		for (Evidence e : evidence) {
			LocalDate until = e.validUntil();
			if (until == null) {
				neverMet = true;
			}
			else if (earliest == null || until.isBefore(earliest)) {
				earliest = until;
			}
			if (!e.metOn(today)) {
				shortfalls.add(new Shortfall(e.requirement(),
						drillNames.getOrDefault(e.requirement().drillTypeId(), "#" + e.requirement().drillTypeId()),
						e.passesWithin(), e.lastDay() != null && !e.lastPassed(), until));
			}
		}
		shortfalls.sort(Comparator.comparing(Shortfall::drillName, String.CASE_INSENSITIVE_ORDER));
		if (neverMet) {
			return new Standing(qualificationId, name, QualificationStatus.NOT_YET, null, shortfalls);
		}
		if (!shortfalls.isEmpty()) {
			return new Standing(qualificationId, name, QualificationStatus.EXPIRED, earliest, shortfalls);
		}
		QualificationStatus status = earliest.isAfter(today.plusDays(expiringDays)) ? QualificationStatus.QUALIFIED
				: QualificationStatus.EXPIRING;
		return new Standing(qualificationId, name, status, earliest, shortfalls);
	}

	/** Days from today to the last valid day: 0 when it expires today. */
	public long daysLeft(LocalDate today) {
		return (this.validUntil != null) ? ChronoUnit.DAYS.between(today, this.validUntil) : 0;
	}

}
