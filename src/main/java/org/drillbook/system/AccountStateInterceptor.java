package org.drillbook.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.SecondFactorProperties;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What a signed-in user must do before anything else, in this order: give the second
 * factor, set their own password (after a one-time one), enrol a second factor where
 * their role requires it. Every other page sends them there.
 */
class AccountStateInterceptor implements HandlerInterceptor {

	static final String SECOND_FACTOR_PATH = "/login/2fa";

	static final String PASSWORD_PATH = "/account/password";

	static final String ENROL_PATH = "/account/2fa";

	private final SecondFactorProperties secondFactor;

	private final ApiProblems problems;

	AccountStateInterceptor(SecondFactorProperties secondFactor, ApiProblems problems) {
		this.secondFactor = secondFactor;
		this.problems = problems;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth != null && auth.getPrincipal() instanceof DrillbookUser user)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String required = requiredStep(user);
		if (required == null || path.equals(required) || path.startsWith(required + "/")) {
			return true;
		}
		if (path.startsWith("/api/")) {
			// a program cannot follow the way to a page: it is told what the person must
			// do
			this.problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.problem.accountStep");
			return false;
		}
		response.sendRedirect(request.getContextPath() + required);
		return false;
	}

	private String requiredStep(DrillbookUser user) {
		if (user.secondFactorPending()) {
			return SECOND_FACTOR_PATH;
		}
		if (user.mustChangePassword()) {
			return PASSWORD_PATH;
		}
		if (this.secondFactor.required(user.role()) && !user.secondFactorEnabled()) {
			return ENROL_PATH;
		}
		return null;
	}

}
