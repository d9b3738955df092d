package org.drillbook.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * What a request gets when its sign-in has lapsed (30 minutes without use, or the browser
 * was closed), so that nobody is left with a control that silently does nothing:
 * <ul>
 * <li>a page opened in the browser goes to the sign-in page, and back to that page after
 * signing in (the one kind of request remembered for that);</li>
 * <li>an htmx request (a row of the range log, a filter) gets 401 and a notice with a
 * "sign in again" link, which the page shows at the top ({@code server-notice.js}); the
 * range log keeps such a row on the device until then;</li>
 * <li>a script's own request ({@code fetch}) gets a bare 401;</li>
 * <li>a form sent after the lapse (its CSRF token died with the session) goes to the
 * sign-in page, which says that what was sent was not saved.</li>
 * </ul>
 * None of these starts a server session: only a page the user opens does. (A background
 * request that started one could replace the cookie of a sign-in under way in another
 * tab.)
 */
class LapsedSignIn implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ITemplateEngine templates;

	private final UserLocaleResolver locales;

	private final AuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");

	private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

	LapsedSignIn(ITemplateEngine templates, UserLocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	/**
	 * Only a page opened in the browser is remembered, to come back to after signing in.
	 */
	static RequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(LapsedSignIn::isPageOpened);
		return cache;
	}

	static boolean isPageOpened(HttpServletRequest request) {
		String mode = request.getHeader("Sec-Fetch-Mode");
		return "GET".equals(request.getMethod()) && !isHtmx(request) && (mode == null || "navigate".equals(mode))
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				&& !request.getRequestURI().endsWith(".ico");
	}

	/**
	 * A script's own request ({@code fetch}, XHR), not one the user made by a page or
	 * form.
	 */
	private static boolean isScript(HttpServletRequest request) {
		String mode = request.getHeader("Sec-Fetch-Mode");
		return (mode != null && !"navigate".equals(mode))
				|| "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (isHtmx(request)) {
			notice(request, response);
		}
		else if (isScript(request)) {
			response.setHeader("Cache-Control", "no-store");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			this.signInPage.commence(request, response, authException);
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		// no session came with the request (one made on the way, for the token, is new)
		HttpSession session = request.getSession(false);
		boolean lapsed = accessDeniedException instanceof CsrfException && (session == null || session.isNew());
		if (!lapsed) {
			this.refused.handle(request, response, accessDeniedException);
		}
		else if (isHtmx(request)) {
			notice(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?expired");
		}
	}

	private void notice(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				this.locales.withoutSession(request), Map.of("signIn", pageOf(request)));
		this.templates.process("error/signin", Set.of("notice"), context, response.getWriter());
		response.flushBuffer();
	}

	/**
	 * The page the request came from ({@code HX-Current-URL}), opened again after signing
	 * in; only a path of this server.
	 */
	static String pageOf(HttpServletRequest request) {
		return LocalAddress.pathOf(request, request.getHeader("HX-Current-URL"), "/");
	}

}
