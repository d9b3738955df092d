package org.drillbook.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A recruit's standing in every active qualification, and which ones their unit requires.
 */
public record RecruitQualifications(long recruitId, String callSign, LocalDate today, List<Standing> standings,
		Set<Long> required) {

	public boolean requires(long qualificationId) {
		return this.required.contains(qualificationId);
	}

}
