package org.drillbook.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.drillbook.unit.UnitDetails;

/** A unit being renamed or moved; its code stays as created. */
record UnitEditForm(@NotBlank @Size(max = 120) String name, Long parentId, long version) {

	static UnitEditForm from(UnitDetails unit) {
		return new UnitEditForm(unit.name(), unit.parentId(), unit.version());
	}

}
