package org.drillbook.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.DrillbookUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a session that an admin's change ended (its account disabled, given another role
 * or its password reset) to sign-in with a word on why. With the session store (always,
 * but in tests of the web layer with mock sessions) the ended sessions are gone from it
 * (SignedInSessions): only a request that brings a session id the store no longer has is
 * looked up in EndedSessions, so an ordinary request costs nothing here. Without the
 * store, each request compares the session's epoch with the account's (one look-up by
 * primary key).
 */
class SessionValidityFilter extends OncePerRequestFilter {

	private final OwnAccountService accounts;

	private final EndedSessions ended;

	private final boolean storeKeepsSessions;

	SessionValidityFilter(OwnAccountService accounts, EndedSessions ended, boolean storeKeepsSessions) {
		this.accounts = accounts;
		this.ended = ended;
		this.storeKeepsSessions = storeKeepsSessions;
	}

	/**
	 * Static files need no session: they are served (and so the pages that say the
	 * database is away are styled) without touching the database.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isStatic(request);
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.storeKeepsSessions) {
			String requested = request.getRequestedSessionId();
			if (requested != null && !request.isRequestedSessionIdValid() && this.ended.consume(requested)) {
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof DrillbookUser user
				&& !this.accounts.sessionValid(user.id(), user.sessionEpoch())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?ended");
			return;
		}
		chain.doFilter(request, response);
	}

}
