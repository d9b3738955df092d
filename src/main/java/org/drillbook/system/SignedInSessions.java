package org.drillbook.system;

import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.drillbook.account.AccountSessionsEnded;
import org.drillbook.account.DrillbookUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's sessions in the session store, which every instance shares: once the
 * change that ended them is committed, each is deleted, and its next request, on any
 * instance, finds no session and goes to sign-in. When users change their own password or
 * second factor, the session they did it in goes on (its principal was replaced with the
 * new state); all their others end. (SessionValidityFilter still checks each request
 * against the account's session epoch: a request already under way when the sessions were
 * deleted cannot slip through.)
 */
@Component
class SignedInSessions {

	private static final Log log = LogFactory.getLog(SignedInSessions.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> store;

	private final EndedSessions ended;

	/**
	 * The store is there whenever Spring Session is (always, outside tests of the web
	 * layer with mock sessions, where SessionValidityFilter ends them).
	 */
	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> store, EndedSessions ended) {
		this.store = store;
		this.ended = ended;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void end(AccountSessionsEnded ended) {
		FindByIndexNameSessionRepository<?> sessions = this.store.getIfAvailable();
		if (sessions == null) {
			return;
		}
		String kept = ownCurrentSession(ended.accountId());
		int count = 0;
		for (String id : sessions.findByPrincipalName(ended.username()).keySet()) {
			if (!id.equals(kept)) {
				this.ended.record(id);
				sessions.deleteById(id);
				count++;
			}
		}
		if (count > 0) {
			log.info("Ended " + count + " session(s) of account " + ended.accountId() + ".");
		}
	}

	/** The id of this request's session when the account changed is the one signed in. */
	private static String ownCurrentSession(long accountId) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof DrillbookUser user) || user.id() != accountId) {
			return null;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
