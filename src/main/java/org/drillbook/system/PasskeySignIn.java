package org.drillbook.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.DrillbookUser;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;

import tools.jackson.databind.json.JsonMapper;

/**
 * A sign-in with a passkey. Spring Security checks the assertion; the signed-in user is
 * then the same {@link DrillbookUser} a password sign-in gives, with the second factor
 * done: a passkey is something the user has, unlocked by something they know or are.
 * Success and failure are answered as the page's script expects them (JSON), after the
 * same steps as a password sign-in (the last sign-in noted, the language restored).
 */
final class PasskeySignIn implements AuthenticationProvider {

	private final AuthenticationProvider webAuthn;

	private final UserDetailsService users;

	PasskeySignIn(AuthenticationProvider webAuthn, UserDetailsService users) {
		this.webAuthn = webAuthn;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Authentication checked = this.webAuthn.authenticate(authentication);
		DrillbookUser user = (DrillbookUser) this.users.loadUserByUsername(checked.getName());
		if (!user.isEnabled()) {
			throw new DisabledException("Account disabled");
		}
		DrillbookUser verified = user.withSecondFactorVerified();
		verified.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(verified, null, verified.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

	/** After the password sign-in's own steps, where the page goes next, as JSON. */
	static AuthenticationSuccessHandler succeeded(LoginSuccessHandler afterSignIn, JsonMapper json) {
		return (request, response, authentication) -> {
			afterSignIn.recordSignIn(request, response, authentication);
			write(response, json, HttpServletResponse.SC_OK,
					Map.of("authenticated", true, "redirectUrl", request.getContextPath() + "/"));
		};
	}

	static AuthenticationFailureHandler failed(JsonMapper json) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> write(response,
				json, HttpServletResponse.SC_UNAUTHORIZED, Map.of("authenticated", false));
	}

	private static void write(HttpServletResponse response, JsonMapper json, int status, Map<String, Object> body)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

}
