package org.drillbook.system;

import org.drillbook.account.DrillbookUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

}
