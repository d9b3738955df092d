package org.drillbook.qualification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.Requirement;

/** One row of the requirements table; a row without a drill type is left out. */
record RequirementLine(Long drillTypeId, QualificationRule rule, @Min(1) @Max(Requirement.MAX_PASSES) Integer minPasses,
		@Min(1) @Max(Requirement.MAX_WINDOW_DAYS) Integer windowDays) {

	static RequirementLine empty() {
		return new RequirementLine(null, QualificationRule.PASSES, 1, 365);
	}

	static RequirementLine of(Requirement requirement) {
		return new RequirementLine(requirement.drillTypeId(), requirement.rule(), requirement.minPasses(),
				requirement.windowDays());
	}

	boolean used() {
		return this.drillTypeId != null;
	}

	boolean complete() {
		return !used() || (this.rule != null && this.minPasses != null && this.windowDays != null);
	}

	Requirement requirement() {
		return new Requirement(this.drillTypeId, this.rule, this.minPasses, this.windowDays);
	}

}
