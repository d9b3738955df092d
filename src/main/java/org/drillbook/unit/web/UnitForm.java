package org.drillbook.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit being created; its code cannot change afterwards. */
record UnitForm(@NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9-]*") String code,
		@NotBlank @Size(max = 120) String name, Long parentId, long version) {

	static UnitForm empty(Long parentId) {
		return new UnitForm("", "", parentId, 0);
	}

}
