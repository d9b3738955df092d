package org.drillbook.drill;

import java.math.BigDecimal;

/**
 * What defines a drill type; {@link #validate()} checks that the standard is complete.
 */
public record DrillTypeDefinition(String name, DrillCategory category, String description, StandardKind standard,
		Integer maxPoints, Integer passPoints, BigDecimal timeLimitSeconds, Integer minHits, Integer roundsPerAttempt,
		String weaponType) {

	public static DrillTypeDefinition passFail(String name, DrillCategory category, String description) {
		return new DrillTypeDefinition(name, category, description, StandardKind.PASS_FAIL, null, null, null, null,
				null, null);
	}

	public static DrillTypeDefinition points(String name, DrillCategory category, String description, int max,
			int pass) {
		return new DrillTypeDefinition(name, category, description, StandardKind.POINTS, max, pass, null, null, null,
				null);
	}

	public static DrillTypeDefinition timed(String name, DrillCategory category, String description,
			BigDecimal limitSeconds, Integer rounds, String weaponType) {
		return new DrillTypeDefinition(name, category, description, StandardKind.TIME, null, null, limitSeconds, null,
				rounds, weaponType);
	}

	public static DrillTypeDefinition hits(String name, DrillCategory category, String description, int rounds,
			int minHits, String weaponType) {
		return new DrillTypeDefinition(name, category, description, StandardKind.HITS, null, null, null, minHits,
				rounds, weaponType);
	}

	void validate() {
		boolean ok = switch (this.standard) {
			case PASS_FAIL -> true;
			case POINTS -> this.maxPoints != null && this.passPoints != null && this.maxPoints > 0
					&& this.passPoints >= 0 && this.passPoints <= this.maxPoints;
			case TIME -> this.timeLimitSeconds != null && this.timeLimitSeconds.signum() > 0;
			case HITS -> this.minHits != null && this.roundsPerAttempt != null && this.minHits >= 0
					&& this.roundsPerAttempt > 0 && this.minHits <= this.roundsPerAttempt;
		};
		if (!ok) {
			throw new IllegalArgumentException("Incomplete " + this.standard + " standard for " + this.name);
		}
	}

}
