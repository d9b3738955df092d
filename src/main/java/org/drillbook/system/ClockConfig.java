package org.drillbook.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one "now" of the application: a clock in the zone of the range
 * ({@code DRILLBOOK_TIME_ZONE}), so that {@code LocalDate.now(clock)} is today where the
 * unit trains and {@code clock.getZone()} is the zone every date is shown in. Tests
 * replace it to move time without waiting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(DrillbookProperties properties) {
		return Clock.system(properties.timeZone());
	}

}
