package org.drillbook.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.DrillbookUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user with a one-time or reset password can do nothing but set a new one. */
class PasswordChangeRequiredInterceptor implements HandlerInterceptor {

	static final String CHANGE_PATH = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof DrillbookUser user && user.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + CHANGE_PATH);
			return false;
		}
		return true;
	}

}
