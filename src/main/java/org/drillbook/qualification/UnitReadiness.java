package org.drillbook.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.drillbook.unit.UnitDetails;

/**
 * A unit's readiness: every active qualification with its share of current members
 * (sub-units included), and each direct sub-unit at a glance.
 */
public record UnitReadiness(UnitDetails unit, LocalDate today, int expiringDays, long members,
		List<QualificationReadiness> qualifications, List<UnitShareRow> subUnits, UnitRequirements requirements,
		Map<Long, String> qualificationNames) {

}
