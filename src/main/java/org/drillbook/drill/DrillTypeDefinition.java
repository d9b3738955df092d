package org.drillbook.drill;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What defines a drill type; {@link #validate()} checks that the standard is complete.
 */
public record DrillTypeDefinition(String name, DrillCategory category, String description, StandardKind standard,
		Integer maxPoints, Integer passPoints, BigDecimal timeLimitSeconds, Integer minHits, Integer roundsPerAttempt,
		String weaponType, List<ChecklistStep> steps, Integer passShare) {

	public DrillTypeDefinition {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	/** A definition without a checklist. */
	public DrillTypeDefinition(String name, DrillCategory category, String description, StandardKind standard,
			Integer maxPoints, Integer passPoints, BigDecimal timeLimitSeconds, Integer minHits,
			Integer roundsPerAttempt, String weaponType) {
		this(name, category, description, standard, maxPoints, passPoints, timeLimitSeconds, minHits, roundsPerAttempt,
				weaponType, List.of(), null);
	}

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
	 * A drill judged by an observation checklist: steps, some critical, and the share
	 * (percent) of all steps that must be done.
	 */
	public static DrillTypeDefinition checklist(String name, DrillCategory category, String description,
			List<ChecklistStep> steps, int passShare) {
		return new DrillTypeDefinition(name, category, description, StandardKind.CHECKLIST, null, null, null, null,
				null, null, steps, passShare);
	}

	/**
	 * Whether a checklist attempt passes: every critical step done, and at least the pass
	 * share of all steps (done × 100 ≥ share × steps).
	 * @param done the indexes of the steps done
	 */
	public boolean passesChecklist(Set<Integer> done) {
		if (this.standard != StandardKind.CHECKLIST) {
			throw new IllegalStateException(this.name + " is not judged by a checklist");
		}
		for (int i = 0; i < this.steps.size(); i++) {
			if (this.steps.get(i).critical() && !done.contains(i)) {
				return false;
			}
		}
		long doneSteps = done.stream().filter((i) -> i >= 0 && i < this.steps.size()).count();
		return doneSteps * 100 >= (long) this.passShare * this.steps.size();
	}

	/** The steps not done, in order. */
	public List<ChecklistStep> missed(Set<Integer> done) {
		List<ChecklistStep> missed = new java.util.ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			if (!done.contains(i)) {
				missed.add(this.steps.get(i));
			}
		}
		return missed;
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
			case CHECKLIST -> throw new IllegalStateException(this.name + " is judged by its checklist's steps");
		};
	}

	/** The largest value an attempt can have, or null where there is none (time). */
	public BigDecimal maximum() {
		return switch (this.standard) {
			case PASS_FAIL -> BigDecimal.ONE;
			case POINTS -> BigDecimal.valueOf(this.maxPoints);
			case HITS -> BigDecimal.valueOf(this.roundsPerAttempt);
			case TIME -> BigDecimal.valueOf(MAX_TIME_SECONDS);
			case CHECKLIST -> BigDecimal.valueOf(this.steps.size());
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
			case CHECKLIST -> !this.steps.isEmpty() && this.steps.size() <= ChecklistStep.MAX_STEPS
					&& this.steps.stream()
						.allMatch((s) -> s.text() != null && !s.text().isBlank()
								&& s.text().length() <= ChecklistStep.MAX_TEXT)
					&& this.passShare != null && this.passShare >= 0 && this.passShare <= 100;
		};
		if (!ok) {
			throw new IllegalArgumentException("Incomplete " + this.standard + " standard for " + this.name);
		}
	}

}
