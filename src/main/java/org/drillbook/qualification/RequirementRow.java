package org.drillbook.qualification;

/** A requirement with its drill type's name, for display. */
public record RequirementRow(Requirement requirement, String drillName) {

}
