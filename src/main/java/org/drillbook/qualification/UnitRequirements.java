package org.drillbook.qualification;

import java.util.Map;
import java.util.Set;

/**
 * What a unit requires of its members.
 *
 * @param own qualification ids the unit requires itself
 * @param inherited qualification id → code of the unit above that requires it
 */
public record UnitRequirements(Set<Long> own, Map<Long, String> inherited) {

	public boolean requires(long qualificationId) {
		return this.own.contains(qualificationId) || this.inherited.containsKey(qualificationId);
	}

}
