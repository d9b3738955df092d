package org.drillbook.recruit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.recruit.RecruitStatus;

/**
 * A change of status with its reason; {@code override} moves to QUALIFIED without the
 * unit's required qualifications.
 */
record StatusForm(@NotNull RecruitStatus status, @NotBlank @Size(max = 500) String reason, Boolean override,
		long version) {

	StatusForm {
		// an unticked checkbox sends nothing
		override = Boolean.TRUE.equals(override);
	}

}
