package org.drillbook.drill;

import java.math.BigDecimal;

/**
 * What defines a drill type; {@link #validate()} checks that the standard is complete.
 */
public record DrillTypeDefinition(String name, DrillCategory category, String description, StandardKind standard,
		Integer maxPoints, Integer passPoints, BigDecimal timeLimitSeconds, Integer minHits, Integer roundsPerAttempt,
		String weaponType) {

	/** The longest time a timed drill can take, and a timed result record: a day. */
	public static final int MAX_TIME_SECONDS = 86_400;

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

	/**
	 * Whether an attempt passes: the standard decides, never the person typing. For
	 * PASS_FAIL the value is 1 (pass) or 0 (fail); POINTS pass at or above the pass mark;
	 * TIME at or under the limit; HITS at or above the minimum of hits.
	 */
	public boolean passes(BigDecimal value) {
		if (value == null || value.signum() < 0) {
			throw new IllegalArgumentException("A result needs a value of zero or more");
		}
		return switch (this.standard) {
			case PASS_FAIL -> value.compareTo(BigDecimal.ONE) == 0;
			case POINTS -> value.compareTo(BigDecimal.valueOf(this.passPoints)) >= 0;
			case TIME -> value.compareTo(this.timeLimitSeconds) <= 0;
			case HITS -> value.compareTo(BigDecimal.valueOf(this.minHits)) >= 0;
		};
	}

	/** The largest value an attempt can have, or null where there is none (time). */
	public BigDecimal maximum() {
		return switch (this.standard) {
			case PASS_FAIL -> BigDecimal.ONE;
			case POINTS -> BigDecimal.valueOf(this.maxPoints);
			case HITS -> BigDecimal.valueOf(this.roundsPerAttempt);
			case TIME -> BigDecimal.valueOf(MAX_TIME_SECONDS);
		};
	}

	/** Whether the definition is complete for its standard. */
	public boolean complete() {
		try {
			validate();
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public void validate() {
		if (this.name == null || this.name.isBlank() || this.category == null || this.standard == null) {
			throw new IllegalArgumentException("A drill type needs a name, a category and a standard");
		}
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
