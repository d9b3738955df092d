package org.drillbook.unit;

import java.util.List;
import org.drillbook.unit.internal.Unit;

/** One unit with its parent and active sub-units, for its page and its edit form. */
public record UnitDetails(long id, String code, String name, Long parentId, String parentCode, boolean archived,
		List<UnitOption> children, long version) {

	static UnitDetails of(Unit unit, List<UnitOption> children) {
		Unit parent = unit.getParent();
		return new UnitDetails(unit.getId(), unit.getCode(), unit.getName(), (parent != null) ? parent.getId() : null,
				(parent != null) ? parent.getCode() : null, unit.isArchived(), children, unit.getVersion());
	}

}
