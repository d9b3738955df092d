package org.drillbook.qualification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an admin states about a qualification: its name and its requirements. */
public record QualificationDefinition(String name, String description, List<Requirement> requirements) {

	public QualificationDefinition {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name required");
		}
		name = name.strip();
		description = (description == null || description.isBlank()) ? null : description.strip();
		requirements = List.copyOf(requirements);
		if (requirements.isEmpty()) {
			throw new QualificationException("qualification.error.noRequirement");
		}
		Set<Long> drills = new HashSet<>();
		for (Requirement requirement : requirements) {
			if (!drills.add(requirement.drillTypeId())) {
				throw new QualificationException("qualification.error.drillTwice");
			}
		}
	}

}
