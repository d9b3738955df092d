package org.drillbook.system;

import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins, refused sign-ins and sign-outs go to the audit trail. */
@Component
class SecurityEventAudit {

	private final AuditService audit;

	SecurityEventAudit(AuditService audit) {
		this.audit = audit;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.audit.recordSecurityEvent(event.getAuthentication().getName(), "LOGIN_SUCCESS", "Account", null, null);
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		this.audit.recordSecurityEvent(String.valueOf(event.getAuthentication().getName()), "LOGIN_FAILURE", "Account",
				null, Changes.of().note(event.getException().getClass().getSimpleName()));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.audit.recordSecurityEvent(event.getAuthentication().getName(), "LOGOUT", "Account", null, null);
	}

}
