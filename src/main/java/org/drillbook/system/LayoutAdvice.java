package org.drillbook.system;

import org.drillbook.account.DrillbookUser;
import org.drillbook.system.demo.DemoProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs, error pages included. */
@ControllerAdvice
class LayoutAdvice {

	private final DemoProperties demo;

	LayoutAdvice(DemoProperties demo) {
		this.demo = demo;
	}

	/** The signed-in user, or null on public pages. */
	@ModelAttribute("currentUser")
	DrillbookUser currentUser(@AuthenticationPrincipal Object principal) {
		return (principal instanceof DrillbookUser user) ? user : null;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo.enabled();
	}

}
