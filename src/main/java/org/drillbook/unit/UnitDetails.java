package org.drillbook.unit;

/** One unit with its parent, for its page and its edit form. */
public record UnitDetails(long id, String code, String name, Long parentId, String parentCode, boolean archived,
		long version) {

	static UnitDetails of(Unit unit) {
		Unit parent = unit.getParent();
		return new UnitDetails(unit.getId(), unit.getCode(), unit.getName(), (parent != null) ? parent.getId() : null,
				(parent != null) ? parent.getCode() : null, unit.isArchived(), unit.getVersion());
	}

}
