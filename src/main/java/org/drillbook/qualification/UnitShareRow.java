package org.drillbook.qualification;

import java.util.Map;

/** A unit (with its sub-units) and its share in every active qualification. */
public record UnitShareRow(long unitId, String code, String name, int depth, long members, Map<Long, Share> shares) {

	public Share share(long qualificationId) {
		return this.shares.getOrDefault(qualificationId, Share.NONE);
	}

	public String indent() {
		return "\u00a0\u00a0".repeat(this.depth);
	}

}
