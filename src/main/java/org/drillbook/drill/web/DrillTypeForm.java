package org.drillbook.drill.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.StandardKind;

/** A drill type and its standard; only the fields of the chosen standard are used. */
record DrillTypeForm(@NotBlank @Size(max = 120) String name, @NotNull DrillCategory category,
		@Size(max = 2000) String description, @NotNull StandardKind standard, @Min(1) @Max(10000) Integer maxPoints,
		@Min(0) @Max(10000) Integer passPoints,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("86400") BigDecimal timeLimitSeconds,
		@Min(0) @Max(1000) Integer minHits, @Min(1) @Max(1000) Integer roundsPerAttempt,
		@Size(max = 40) String weaponType, @Size(max = 7000) String steps, @Min(0) @Max(100) Integer passShare,
		long version) {

	static DrillTypeForm empty() {
		return new DrillTypeForm("", DrillCategory.WEAPON_HANDLING, "", StandardKind.PASS_FAIL, null, null, null, null,
				null, "", "", null, 0);
	}

	static DrillTypeForm from(DrillTypeRow row) {
		DrillTypeDefinition d = row.definition();
		return new DrillTypeForm(d.name(), d.category(), d.description(), d.standard(), d.maxPoints(), d.passPoints(),
				d.timeLimitSeconds(), d.minHits(), d.roundsPerAttempt(), d.weaponType(),
				ChecklistStep.format(d.steps()), d.passShare(), row.version());
	}

	DrillTypeDefinition definition() {
		boolean points = this.standard == StandardKind.POINTS;
		boolean time = this.standard == StandardKind.TIME;
		boolean hits = this.standard == StandardKind.HITS;
		boolean checklist = this.standard == StandardKind.CHECKLIST;
		return new DrillTypeDefinition(this.name, this.category, blankToNull(this.description), this.standard,
				points ? this.maxPoints : null, points ? this.passPoints : null, time ? this.timeLimitSeconds : null,
				hits ? this.minHits : null, this.roundsPerAttempt, blankToNull(this.weaponType),
				checklist ? ChecklistStep.parse(this.steps) : java.util.List.of(), checklist ? this.passShare : null);
	}

	@AssertTrue
	public boolean isStandardComplete() {
		return this.standard == null || this.category == null || this.name == null || this.name.isBlank()
				|| definition().complete();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
