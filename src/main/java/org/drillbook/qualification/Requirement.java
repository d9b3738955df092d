package org.drillbook.qualification;

/**
 * Pass a drill type at least {@code minPasses} times ({@link QualificationRule#PASSES})
 * or at the last attempt ({@link QualificationRule#LAST_ATTEMPT}), within the last
 * {@code windowDays} days.
 */
public record Requirement(long drillTypeId, QualificationRule rule, int minPasses, int windowDays) {

	public static final int MAX_PASSES = 100;

	public static final int MAX_WINDOW_DAYS = 3650;

	public Requirement {
		if (rule == null) {
			throw new IllegalArgumentException("rule required");
		}
		if (rule == QualificationRule.LAST_ATTEMPT) {
			minPasses = 1;
		}
		if (minPasses < 1 || minPasses > MAX_PASSES || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
			throw new IllegalArgumentException("requirement out of range");
		}
	}

}
