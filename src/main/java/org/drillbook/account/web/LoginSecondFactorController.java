package org.drillbook.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.LoginThrottle;
import org.drillbook.account.SecondFactorService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in: the authenticator's code, or a recovery code. */
@Controller
@RequestMapping("/login/2fa")
class LoginSecondFactorController {

	private final SecondFactorService secondFactor;

	private final LoginThrottle throttle;

	private final SignedInUser signedIn;

	LoginSecondFactorController(SecondFactorService secondFactor, LoginThrottle throttle, SignedInUser signedIn) {
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.signedIn = signedIn;
	}

	@GetMapping
	String form(@AuthenticationPrincipal DrillbookUser user) {
		return user.secondFactorPending() ? "login-2fa" : "redirect:/";
	}

	@PostMapping
	String verify(@RequestParam String code, @AuthenticationPrincipal DrillbookUser user, HttpServletRequest request,
			HttpServletResponse response) {
		if (!user.secondFactorPending()) {
			return "redirect:/";
		}
		String address = request.getRemoteAddr();
		if (this.throttle.refused(user.getUsername(), address)) {
			request.getSession().invalidate();
			return "redirect:/login?locked";
		}
		if (!this.secondFactor.verify(user.id(), code)) {
			this.throttle.failed(user.getUsername(), address);
			return "redirect:/login/2fa?error";
		}
		this.throttle.succeeded(user.getUsername());
		this.signedIn.replace(user.withSecondFactorVerified(), request, response);
		return "redirect:/";
	}

}
