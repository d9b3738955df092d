package org.drillbook.qualification.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.drillbook.qualification.QualificationDefinition;
import org.drillbook.qualification.QualificationRow;
import org.drillbook.qualification.RequirementRow;

/**
 * A qualification's name, description and requirements (a fixed number of rows, so the
 * form works without JavaScript), and for a change the reason.
 */
record QualificationForm(@NotBlank @Size(max = 120) String name, @Size(max = 2000) String description,
		@Valid List<RequirementLine> requirements, @Size(max = 500) String reason, Long version) {

	static final int ROWS = 6;

	QualificationForm {
		requirements = padded((requirements != null) ? requirements : List.of());
		version = (version != null) ? version : 0L;
	}

	static QualificationForm empty() {
		return new QualificationForm("", "", List.of(), "", 0L);
	}

	static QualificationForm from(QualificationRow row) {
		return new QualificationForm(row.name(), row.description(),
				row.requirements().stream().map(RequirementRow::requirement).map(RequirementLine::of).toList(), "",
				row.version());
	}

	@AssertTrue
	public boolean isAnyRequirement() {
		return this.requirements.stream().anyMatch(RequirementLine::used);
	}

	@AssertTrue
	public boolean isRequirementsComplete() {
		return this.requirements.stream().allMatch(RequirementLine::complete);
	}

	QualificationDefinition definition() {
		return new QualificationDefinition(this.name, this.description,
				this.requirements.stream().filter(RequirementLine::used).map(RequirementLine::requirement).toList());
	}

	private static List<RequirementLine> padded(List<RequirementLine> lines) {
		List<RequirementLine> all = new ArrayList<>();
		for (RequirementLine line : lines) {
			all.add((line != null) ? line : RequirementLine.empty());
		}
		while (all.size() < ROWS) {
			all.add(RequirementLine.empty());
		}
		return all;
	}

}
