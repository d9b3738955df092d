package org.drillbook.system;

/** The configured PostgreSQL cannot be used; the message says what to start or set. */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String message) {
		super(message);
	}

}
