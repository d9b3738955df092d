package org.drillbook.recruit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecruitNotFoundException extends RuntimeException {

	public RecruitNotFoundException(long id) {
		super("No recruit " + id);
	}

}
