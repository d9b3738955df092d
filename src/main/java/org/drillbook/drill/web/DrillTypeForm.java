package org.drillbook.drill.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.drillbook.drill.DrillText;
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
		@Size(max = 120) String namePl, @Size(max = 120) String nameUk, @Size(max = 120) String nameBe,
		@Size(max = 2000) String descriptionPl, @Size(max = 2000) String descriptionUk,
		@Size(max = 2000) String descriptionBe, @Size(max = 7000) String stepsPl, @Size(max = 7000) String stepsUk,
		@Size(max = 7000) String stepsBe, long version) {

	static DrillTypeForm empty() {
		return new DrillTypeForm("", DrillCategory.WEAPON_HANDLING, "", StandardKind.PASS_FAIL, null, null, null, null,
				null, "", "", null, "", "", "", "", "", "", "", "", "", 0);
	}

	static DrillTypeForm from(DrillTypeRow row, Map<String, DrillText> translations) {
		DrillTypeDefinition d = row.definition();
		DrillText pl = translations.getOrDefault("pl", EMPTY);
		DrillText uk = translations.getOrDefault("uk", EMPTY);
		DrillText be = translations.getOrDefault("be", EMPTY);
		return new DrillTypeForm(d.name(), d.category(), d.description(), d.standard(), d.maxPoints(), d.passPoints(),
				d.timeLimitSeconds(), d.minHits(), d.roundsPerAttempt(), d.weaponType(),
				ChecklistStep.format(d.steps()), d.passShare(), pl.name(), uk.name(), be.name(), pl.description(),
				uk.description(), be.description(), String.join("\n", pl.steps()), String.join("\n", uk.steps()),
				String.join("\n", be.steps()), row.version());
	}

	private static final DrillText EMPTY = new DrillText(null, null, List.of());

	/** The translations as typed (one step per line, in the English steps' order). */
	Map<String, DrillText> translations() {
		Map<String, DrillText> texts = new LinkedHashMap<>();
		texts.put("pl", text(this.namePl, this.descriptionPl, this.stepsPl));
		texts.put("uk", text(this.nameUk, this.descriptionUk, this.stepsUk));
		texts.put("be", text(this.nameBe, this.descriptionBe, this.stepsBe));
		return texts;
	}

	private static DrillText text(String name, String description, String steps) {
		List<String> lines = (steps == null) ? List.of()
				: Arrays.stream(steps.split("\\R")).map(String::strip).filter((l) -> !l.isEmpty()).toList();
		return new DrillText(blankToNull(name), blankToNull(description), lines);
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
