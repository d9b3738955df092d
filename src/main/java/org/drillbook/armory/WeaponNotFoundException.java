package org.drillbook.armory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class WeaponNotFoundException extends RuntimeException {

	public WeaponNotFoundException(long id) {
		super("No weapon " + id);
	}

}
