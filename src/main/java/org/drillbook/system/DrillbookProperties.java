package org.drillbook.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * General settings.
 *
 * @param timeZone the zone in which dates and times are shown and "today" is decided
 * ({@code DRILLBOOK_TIME_ZONE})
 */
@ConfigurationProperties("drillbook")
public record DrillbookProperties(@DefaultValue("Europe/Warsaw") ZoneId timeZone) {

}
