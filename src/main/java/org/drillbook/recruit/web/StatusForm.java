package org.drillbook.recruit.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.recruit.RecruitStatus;

/** A change of status with its reason. */
record StatusForm(@NotNull RecruitStatus status, @Size(max = 500) String reason, long version) {

}
