package org.drillbook.qualification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class QualificationNotFoundException extends RuntimeException {

	public QualificationNotFoundException(long id) {
		super("No qualification " + id);
	}

}
