package org.drillbook.instructor.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.drillbook.drill.DrillCategory;
import org.drillbook.instructor.InstructorRow;

/**
 * An instructor being created (username, call sign) or reassigned (categories, units).
 */
record InstructorForm(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@Size(max = 40) @Pattern(regexp = "[^<>\"]*") String callSign, Set<DrillCategory> categories, Set<Long> unitIds,
		long version) {

	InstructorForm {
		categories = (categories != null) ? categories : Set.of();
		unitIds = (unitIds != null) ? unitIds : Set.of();
	}

	static InstructorForm empty() {
		return new InstructorForm("", "", Set.of(), Set.of(), 0);
	}

	static InstructorForm from(InstructorRow row) {
		return new InstructorForm(row.username(), row.callSign(), row.categories(), row.unitIds(), row.version());
	}

}
