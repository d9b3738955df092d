package org.drillbook.drill;

import java.time.Instant;

/**
 * One revision of a drill type's standard: the definition as it judged results from
 * {@code validFrom} until the next revision (name and description are the drill's current
 * ones).
 */
public record StandardRevision(long drillTypeId, int revision, DrillTypeDefinition standard, Instant validFrom,
		String setBy) {

}
