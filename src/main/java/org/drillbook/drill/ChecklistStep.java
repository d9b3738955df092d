package org.drillbook.drill;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of an observation checklist; a critical step must be done for the drill to
 * pass.
 */
public record ChecklistStep(String text, boolean critical) {

	/** The most steps a checklist can have. */
	public static final int MAX_STEPS = 30;

	/** The longest text of a step. */
	public static final int MAX_TEXT = 200;

	/**
	 * Steps as an admin types them and the database keeps them: one per line, a critical
	 * one starting with "*".
	 */
	public static List<ChecklistStep> parse(String text) {
		List<ChecklistStep> steps = new ArrayList<>();
		if (text == null) {
			return steps;
		}
		for (String line : text.split("\\R")) {
			String step = line.strip();
			if (step.isEmpty()) {
				continue;
			}
			boolean critical = step.startsWith("*");
			steps.add(new ChecklistStep(critical ? step.substring(1).strip() : step, critical));
		}
		return steps;
	}

	public static String format(List<ChecklistStep> steps) {
		if (steps == null || steps.isEmpty()) {
			return null;
		}
		return String.join("\n", steps.stream().map((s) -> (s.critical() ? "* " : "") + s.text()).toList());
	}

}
