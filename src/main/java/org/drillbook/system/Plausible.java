package org.drillbook.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date within the {@link PlausibleDates} of its kind; an empty date is left to
 * {@code @NotNull}. The message names the first and the last day allowed.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Plausible {

	PlausibleDates value();

	String message() default "{plausible.date}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
