package org.drillbook.unit;

/** A unit in a list: where it sits in the tree and how many current members it has. */
public record UnitRow(long id, String code, String name, Long parentId, int depth, boolean archived,
		long currentMembers) {

}
