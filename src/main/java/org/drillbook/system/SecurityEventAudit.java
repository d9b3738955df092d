package org.drillbook.system;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, refused sign-ins and sign-outs go to the audit trail; refused sign-ins are
 * counted too ({@code drillbook_sign_in_refused_total}, by reason).
 */
@Component
class SecurityEventAudit {

	private final AuditService audit;

	private final MeterRegistry meters;

	SecurityEventAudit(AuditService audit, MeterRegistry meters) {
		this.audit = audit;
		this.meters = meters;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.audit.recordSecurityEvent(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCESS,
				AuditRecordType.ACCOUNT, null, null);
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		String reason = reason(event.getException());
		this.audit.recordSecurityEvent(String.valueOf(event.getAuthentication().getName()), AuditAction.LOGIN_FAILURE,
				AuditRecordType.ACCOUNT, null, Changes.of().note(reason));
		this.meters.counter("drillbook.sign.in.refused", "reason", reason.substring(reason.lastIndexOf('.') + 1))
			.increment();
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
