package org.drillbook.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the API's refusals that happen before a controller is
 * reached (no or a bad token, no right, no CSRF token): the detail in the caller's
 * language (Accept-Language), as everywhere in the API.
 */
@Component
public class ApiProblems {

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** A problem whose detail is the message of the key, in the request's language. */
	public ProblemDetail problem(HttpServletRequest request, int status, String key, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				this.messages.getMessage(key, arguments, key, languageOf(request)));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		return problem;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem(request, status, key));
	}

	/** The caller's language among the four, from Accept-Language; English otherwise. */
	public static Locale languageOf(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			for (Locale candidate : java.util.Collections.list(request.getLocales())) {
				Locale supported = UserLocaleResolver.supported(candidate);
				if (supported != null) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

}
