package org.drillbook.drill;

/** A drill type of the catalogue with its standard. */
public record DrillTypeRow(long id, DrillTypeDefinition definition, boolean retired, long version, int standardRevision,
		boolean fallback) {

	public String name() {
		return this.definition.name();
	}

}
