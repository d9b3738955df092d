package org.drillbook.session.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.session.SessionDetails;
import org.drillbook.session.SessionPlan;

import org.drillbook.system.Plausible;
import org.drillbook.system.PlausibleDates;

import org.springframework.format.annotation.DateTimeFormat;

/** A session being planned or changed. */
record SessionForm(@NotNull Long unitId,
		@NotNull @Plausible(PlausibleDates.SESSION) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
		@NotBlank @Size(max = 200) String location, @NotEmpty Set<Long> drillTypeIds, @NotNull Long leadInstructorId,
		Set<Long> assistantIds, long version) {

	SessionForm {
		drillTypeIds = (drillTypeIds != null) ? drillTypeIds : Set.of();
		assistantIds = (assistantIds != null) ? assistantIds : Set.of();
	}

	static SessionForm empty(LocalDate day, long leadInstructorId) {
		return new SessionForm(null, day, LocalTime.of(8, 0), "", Set.of(), leadInstructorId, Set.of(), 0);
	}

	static SessionForm from(SessionDetails session, ZoneId zone) {
		return new SessionForm(session.unitId(), LocalDate.ofInstant(session.startsAt(), zone),
				LocalTime.ofInstant(session.startsAt(), zone), session.location(),
				session.drills().stream().map((d) -> d.id()).collect(java.util.stream.Collectors.toSet()),
				session.leadInstructorId(), session.assistantIds(), session.version());
	}

	SessionPlan plan(ZoneId zone) {
		return new SessionPlan(this.unitId, this.day.atTime(this.time).atZone(zone).toInstant(), this.location,
				this.drillTypeIds, this.leadInstructorId, this.assistantIds);
	}

}
