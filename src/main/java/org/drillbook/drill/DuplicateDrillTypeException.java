package org.drillbook.drill;

public class DuplicateDrillTypeException extends RuntimeException {

	public DuplicateDrillTypeException(String name) {
		super("Drill type " + name + " exists");
	}

}
