package org.drillbook.armory;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a weapon's maintenance log. */
public record MaintenanceRow(LocalDate doneOn, String action, String doneBy, Instant recordedAt) {

}
