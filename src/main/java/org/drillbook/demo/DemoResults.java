package org.drillbook.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.drillbook.drill.DrillTypeDefinition;

/** Made-up but plausible values for a drill: mostly passes, some near misses. */
final class DemoResults {

	private DemoResults() {
	}

	static BigDecimal value(DrillTypeDefinition drill, Random random) {
		return switch (drill.standard()) {
			case PASS_FAIL -> (random.nextInt(100) < 80) ? BigDecimal.ONE : BigDecimal.ZERO;
			case POINTS -> BigDecimal.valueOf(Math.max(0, Math.min(drill.maxPoints(),
					drill.passPoints() - 8 + random.nextInt(drill.maxPoints() - drill.passPoints() + 12))));
			case TIME -> drill.timeLimitSeconds()
				.multiply(BigDecimal.valueOf(0.7 + random.nextDouble() * 0.55))
				.setScale(1, RoundingMode.HALF_UP);
			case HITS -> BigDecimal.valueOf(Math.max(0, drill.roundsPerAttempt() - random.nextInt(3)));
			case CHECKLIST -> throw new IllegalArgumentException("A checklist is judged by its steps: use steps()");
		};
	}

	/** The steps of a checklist done: each nine times in ten, at least one. */
	static java.util.Set<Integer> steps(DrillTypeDefinition drill, Random random) {
		java.util.Set<Integer> done = new java.util.HashSet<>();
		for (int i = 0; i < drill.steps().size(); i++) {
			if (random.nextInt(10) < 9) {
				done.add(i);
			}
		}
		if (done.isEmpty()) {
			done.add(0);
		}
		return done;
	}

}
