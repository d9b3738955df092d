package org.drillbook.unit;

import java.util.Collection;
import java.util.Set;

/** The units a user may see: everything, or a set of units with all their sub-units. */
public record UnitScope(boolean everything, Set<Long> unitIds) {

	public static final UnitScope ALL = new UnitScope(true, Set.of());

	public static UnitScope of(Collection<Long> unitIds) {
		return new UnitScope(false, Set.copyOf(unitIds));
	}

	public boolean contains(Long unitId) {
		return this.everything || (unitId != null && this.unitIds.contains(unitId));
	}

}
