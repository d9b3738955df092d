package org.drillbook.system;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks a {@link Plausible} date against today in the range's zone. */
class PlausibleDateValidator implements ConstraintValidator<Plausible, LocalDate> {

	private final LocalizedDates dates;

	private PlausibleDates range;

	PlausibleDateValidator(LocalizedDates dates) {
		this.dates = dates;
	}

	@Override
	public void initialize(Plausible annotation) {
		this.range = annotation.value();
	}

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		LocalDate today = this.dates.today();
		if (this.range.contains(value, today)) {
			return true;
		}
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter("earliest", this.dates.date(this.range.earliest(today)))
			.addMessageParameter("latest", this.dates.date(this.range.latest(today)));
		return false;
	}

}
