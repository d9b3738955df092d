package org.drillbook.drill;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class DrillTypeNotFoundException extends RuntimeException {

	public DrillTypeNotFoundException(long id) {
		super("No drill type " + id);
	}

}
