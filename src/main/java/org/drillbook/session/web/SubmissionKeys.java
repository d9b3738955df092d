package org.drillbook.session.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A fresh key for each rendered card, so that sending it twice records once
 * ({@code @submissionKeys}).
 */
@Component("submissionKeys")
class SubmissionKeys {

	public String next() {
		return UUID.randomUUID().toString();
	}

}
