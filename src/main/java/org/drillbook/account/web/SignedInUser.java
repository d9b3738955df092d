package org.drillbook.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.DrillbookUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a changed principal (new password, second factor passed) into the current session.
 */
@Component
class SignedInUser {

	private final SecurityContextRepository repository;

	SignedInUser(SecurityContextRepository repository) {
		this.repository = repository;
	}

	void replace(DrillbookUser updated, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
