package org.drillbook.unit;

public class DuplicateUnitCodeException extends RuntimeException {

	public DuplicateUnitCodeException(String code) {
		super("Unit code " + code + " is taken");
	}

}
