package org.drillbook.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.drillbook.unit.UnitDetails;

/** A unit being created or edited; the code cannot change once created. */
record UnitForm(@NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9-]*") String code,
		@NotBlank @Size(max = 120) String name, Long parentId, long version) {

	static UnitForm empty(Long parentId) {
		return new UnitForm("", "", parentId, 0);
	}

	static UnitForm from(UnitDetails unit) {
		return new UnitForm(unit.code(), unit.name(), unit.parentId(), unit.version());
	}

}
