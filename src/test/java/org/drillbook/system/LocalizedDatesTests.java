package org.drillbook.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" is decided by the one clock, in the range's zone; a test moves it without
 * waiting.
 */
class LocalizedDatesTests {

	@Test
	void todayIsTheDayAtTheRangeNotInLondon() {
		Instant lateEvening = Instant.parse("2026-12-02T23:30:00Z");
		LocalizedDates warsaw = new LocalizedDates(Clock.fixed(lateEvening, ZoneId.of("Europe/Warsaw")));
		assertThat(warsaw.today()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(warsaw.now()).isEqualTo(lateEvening);
		assertThat(new LocalizedDates(Clock.fixed(lateEvening, ZoneId.of("UTC"))).today())
			.isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void plausibleDatesMoveWithTheClock() {
		LocalizedDates then = new LocalizedDates(Clock.fixed(Instant.parse("2030-06-01T10:00:00Z"), ZoneId.of("UTC")));
		assertThat(PlausibleDates.SESSION.contains(LocalDate.of(2032, 6, 1), then.today())).isTrue();
		assertThat(PlausibleDates.SESSION.contains(LocalDate.of(2032, 6, 2), then.today())).isFalse();
		assertThat(PlausibleDates.BIRTH.contains(LocalDate.of(2014, 6, 1), then.today())).isTrue();
		assertThat(PlausibleDates.BIRTH.contains(LocalDate.of(2014, 6, 2), then.today())).isFalse();
	}

}
