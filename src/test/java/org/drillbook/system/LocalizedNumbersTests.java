package org.drillbook.system;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedNumbersTests {

	private final LocalizedNumbers numbers = new LocalizedNumbers();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void decimalsAreWrittenAsTheReadersLanguageWritesThemWithoutTrailingZeros() {
		assertThat(in("pl", new BigDecimal("9.50"))).isEqualTo("9,5");
		assertThat(in("uk", new BigDecimal("12.25"))).isEqualTo("12,25");
		assertThat(in("en", new BigDecimal("9.50"))).isEqualTo("9.5");
		assertThat(in("be", new BigDecimal("8.000"))).isEqualTo("8");
		assertThat(this.numbers.decimal(null)).isEmpty();
	}

	private String in(String language, BigDecimal value) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		return this.numbers.decimal(value);
	}

}
