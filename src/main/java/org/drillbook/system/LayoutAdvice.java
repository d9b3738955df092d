package org.drillbook.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.drillbook.account.DrillbookUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs, error pages included. */
@ControllerAdvice
class LayoutAdvice {

	private final boolean demo;

	LayoutAdvice(@Value("${drillbook.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	/** The signed-in user, or null on public pages. */
	@ModelAttribute("currentUser")
	DrillbookUser currentUser(@AuthenticationPrincipal Object principal) {
		return (principal instanceof DrillbookUser user) ? user : null;
	}

	/**
	 * The current page's path and query without {@code page} and {@code lang}, so that a
	 * pager or a language link can add its own and keep the filters.
	 */
	@ModelAttribute("currentPage")
	String currentPage(HttpServletRequest request) {
		String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		String query = (uri != null) ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
				: request.getQueryString();
		return UriComponentsBuilder.fromPath((uri != null) ? uri : request.getRequestURI())
			.query(query)
			.replaceQueryParam("page")
			.replaceQueryParam("lang")
			.build()
			.toUriString()
			.substring(request.getContextPath().length());
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

}
