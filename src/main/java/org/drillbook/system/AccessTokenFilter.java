package org.drillbook.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.AccessTokenService;
import org.drillbook.account.TokenUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that brings a personal access token ({@code Authorization: Bearer
 * dbk_…}) for that call only: nothing is kept in a session. Any other Authorization
 * header, and a token that is unknown, expired, revoked or of a disabled account, is
 * refused with 401 and never falls back to a session cookie. Every call made with a token
 * leaves an {@code API_CALL} event in the audit trail naming the token, the request and
 * its answer.
 */
class AccessTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokenService tokens;

	private final ApiProblems problems;

	AccessTokenFilter(AccessTokenService tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		TokenUser caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? this.tokens.authenticate(header.substring(BEARER.length()).strip()).orElse(null) : null;
		if (caller == null) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.problem.badToken");
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(caller.user(), null, caller.user().getAuthorities());
		authentication.setDetails(caller);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			String query = request.getQueryString();
			this.tokens.recordCall(caller,
					request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : ""),
					response.getStatus());
		}
	}

	/** Whether the call was made with a token that may write. */
	static boolean tokenMayWrite(org.springframework.security.core.Authentication authentication) {
		return authentication.getDetails() instanceof TokenUser caller && caller.mayWrite();
	}

	/** Whether the call was made with a token at all. */
	static boolean withToken(org.springframework.security.core.Authentication authentication) {
		return authentication.getDetails() instanceof TokenUser;
	}

}
