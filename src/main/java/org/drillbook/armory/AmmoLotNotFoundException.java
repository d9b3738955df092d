package org.drillbook.armory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class AmmoLotNotFoundException extends RuntimeException {

	public AmmoLotNotFoundException(long id) {
		super("No ammunition lot " + id);
	}

}
