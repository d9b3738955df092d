package org.drillbook.unit;

/** A unit to choose in a form: its id and a label that shows where it sits. */
public record UnitOption(long id, String code, String name, int depth) {

	public String label() {
		return "\u00a0\u00a0".repeat(this.depth) + this.code + " – " + this.name;
	}

}
