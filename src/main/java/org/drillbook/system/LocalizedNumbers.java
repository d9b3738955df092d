package org.drillbook.system;

import java.text.NumberFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader's language writes them ("9,5" in Polish, "9.5" in English), with
 * no trailing zeros; templates call it as {@code @numbers}. Files for other programs
 * (CSV) keep the plain form.
 */
@Component("numbers")
public class LocalizedNumbers {

	private static final int MAX_FRACTION_DIGITS = 3;

	public String decimal(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
		return format.format(number);
	}

}
