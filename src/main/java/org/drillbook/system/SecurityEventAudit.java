package org.drillbook.system;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
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
		this.audit.recordSecurityEvent(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCESS,
				AuditRecordType.ACCOUNT, null, null);
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		this.audit.recordSecurityEvent(String.valueOf(event.getAuthentication().getName()), AuditAction.LOGIN_FAILURE,
				AuditRecordType.ACCOUNT, null, Changes.of().note(reason(event.getException())));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.audit.recordSecurityEvent(event.getAuthentication().getName(), AuditAction.LOGOUT, AuditRecordType.ACCOUNT,
				null, null);
	}

	/** Why a sign-in was refused, as a note of the trail. */
	private static String reason(AuthenticationException refusal) {
		if (refusal instanceof LockedException) {
			return "audit.note.locked";
		}
		if (refusal instanceof DisabledException) {
			return "audit.note.disabled";
		}
		return "audit.note.badCredentials";
	}

}
