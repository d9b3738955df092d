package org.drillbook.qualification;

import java.util.List;
import java.util.Map;

/**
 * A qualification with its history and the units that require it (id → code, by code).
 */
public record QualificationDetails(QualificationRow qualification, List<RevisionRow> revisions,
		Map<Long, String> requiredBy) {

}
