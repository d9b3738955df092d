package org.drillbook.drill;

import java.util.List;
import java.util.Map;

/**
 * A drill's texts in one language: name, description and the checklist steps' texts (in
 * the order of the English steps; which ones are critical is the English list's).
 */
public record DrillText(String name, String description, List<String> steps) {

	/** The languages a translation may be in; English is the base. */
	public static final List<String> TRANSLATED = List.of("pl", "uk", "be");

	public DrillText {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	public boolean isEmpty() {
		return (this.name == null || this.name.isBlank()) && (this.description == null || this.description.isBlank())
				&& this.steps.isEmpty();
	}

	/** Translations by language, without the empty ones. */
	public static Map<String, DrillText> present(Map<String, DrillText> texts) {
		Map<String, DrillText> present = new java.util.LinkedHashMap<>();
		texts.forEach((lang, text) -> {
			if (text != null && !text.isEmpty()) {
				present.put(lang, text);
			}
		});
		return present;
	}

}
