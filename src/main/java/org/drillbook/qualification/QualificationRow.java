package org.drillbook.qualification;

import java.util.List;

/** A qualification as lists and forms show it, with its current requirements. */
public record QualificationRow(long id, String name, String description, int revision, boolean retired,
		List<RequirementRow> requirements, long version) {

}
