package org.drillbook.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A token that is not there, or not the caller's to see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccessTokenNotFoundException extends RuntimeException {

	public AccessTokenNotFoundException(long id) {
		super("No token " + id);
	}

}
