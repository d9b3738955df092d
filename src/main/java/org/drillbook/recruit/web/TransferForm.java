package org.drillbook.recruit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.drillbook.recruit.Position;

import org.drillbook.system.Plausible;
import org.drillbook.system.PlausibleDates;

import org.springframework.format.annotation.DateTimeFormat;

/** A move to another unit (or a first unit) from a day on. */
record TransferForm(@NotNull Long unitId, @NotNull Position position,
		@NotNull @Plausible(PlausibleDates.MEMBERSHIP) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		long version) {

}
