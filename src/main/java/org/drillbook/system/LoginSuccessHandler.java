package org.drillbook.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.DrillbookUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a sign-in: remembers when, and restores the language the user chose before (or
 * keeps the one chosen on the sign-in page as theirs).
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final OwnAccountService accounts;

	private final UserLocaleResolver localeResolver;

	LoginSuccessHandler(OwnAccountService accounts, UserLocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		recordSignIn(request, response, authentication);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** What every sign-in does, with a password or a passkey. */
	void recordSignIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication.getPrincipal() instanceof DrillbookUser user) {
			this.accounts.recordLogin(user.id());
			this.localeResolver.restoreFor(user, request, response);
		}
	}

}
