package org.drillbook.recruit;

public class DuplicateCallSignException extends RuntimeException {

	public DuplicateCallSignException(String callSign) {
		super("Call sign " + callSign + " is taken");
	}

}
