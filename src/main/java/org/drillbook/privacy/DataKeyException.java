package org.drillbook.privacy;

/** The data key is missing, malformed or does not match the stored identities. */
public class DataKeyException extends RuntimeException {

	public DataKeyException(String message) {
		super(message);
	}

}
