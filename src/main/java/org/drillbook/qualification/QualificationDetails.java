package org.drillbook.qualification;

import java.util.List;

import org.drillbook.unit.UnitOption;

/** A qualification with its history and the units that require it. */
public record QualificationDetails(QualificationRow qualification, List<RevisionRow> revisions,
		List<UnitOption> requiredBy) {

}
