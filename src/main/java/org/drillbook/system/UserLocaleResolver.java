package org.drillbook.system;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.DrillbookUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language of a request: the one chosen in this session, else the best supported
 * match of the browser's languages, else English. A signed-in user's choice is saved to
 * their account and restored at their next sign-in. The choice is also kept in a cookie,
 * so that it is known without the session (which lives in the database): the page that
 * says the database is away speaks the user's language too.
 */
public class UserLocaleResolver extends SessionLocaleResolver {

	static final String COOKIE = "drillbook-lang";

	private static final int COOKIE_SECONDS = 365 * 24 * 60 * 60;

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"),
			Locale.forLanguageTag("uk"), Locale.forLanguageTag("be"));

	private final OwnAccountService accounts;

	public UserLocaleResolver(OwnAccountService accounts) {
		this.accounts = accounts;
		setDefaultLocaleFunction(UserLocaleResolver::fromBrowser);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale supported = supported(locale);
		if (supported == null || supported.equals(chosenInSession(request))) {
			// nothing to change: no write to the session, the cookie or the account
			return;
		}
		super.setLocale(request, response, supported);
		remember(response, supported);
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof DrillbookUser user) {
			this.accounts.preferLocale(user.id(), supported);
		}
	}

	void restoreFor(DrillbookUser user, HttpServletRequest request, HttpServletResponse response) {
		if (user.preferredLocale() != null && supported(user.preferredLocale()) != null) {
			super.setLocale(request, response, supported(user.preferredLocale()));
			remember(response, supported(user.preferredLocale()));
		}
		else if (request.getSession(false) != null
				&& request.getSession(false).getAttribute(LOCALE_SESSION_ATTRIBUTE_NAME) instanceof Locale chosen) {
			this.accounts.preferLocale(user.id(), chosen);
		}
	}

	private static Locale chosenInSession(HttpServletRequest request) {
		jakarta.servlet.http.HttpSession session = (request != null) ? request.getSession(false) : null;
		return (session != null && session.getAttribute(LOCALE_SESSION_ATTRIBUTE_NAME) instanceof Locale chosen)
				? chosen : null;
	}

	/**
	 * The language for a request answered without the session: the one last chosen on
	 * this browser, else the browser's.
	 */
	Locale withoutSession(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					Locale chosen = supported(Locale.forLanguageTag(cookie.getValue()));
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		return fromBrowser(request);
	}

	private static void remember(HttpServletResponse response, Locale locale) {
		if (response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge(COOKIE_SECONDS);
		cookie.setHttpOnly(true);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		for (Locale candidate : SUPPORTED) {
			if (candidate.getLanguage().equals(locale.getLanguage())) {
				return candidate;
			}
		}
		return null;
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			Enumeration<Locale> locales = request.getLocales();
			while (locales.hasMoreElements()) {
				Locale match = supported(locales.nextElement());
				if (match != null) {
					return match;
				}
			}
		}
		return Locale.ENGLISH;
	}

}
