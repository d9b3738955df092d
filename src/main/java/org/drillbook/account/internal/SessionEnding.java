package org.drillbook.account.internal;

import jakarta.persistence.PostUpdate;
import org.drillbook.account.AccountSessionsEnded;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When an account's change ends its sessions (disabled, another role, a new or reset
 * password, a second factor added or removed), says so once the change is written, so
 * that the session store removes them (on every instance, since the store is the
 * database). A Spring bean that Hibernate uses as the entity's listener.
 */
@Component
public class SessionEnding {

	private final ApplicationEventPublisher events;

	SessionEnding(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostUpdate
	void written(UserAccount account) {
		if (account.takeSessionsEnded()) {
			this.events.publishEvent(new AccountSessionsEnded(account.getId(), account.getUsername()));
		}
	}

}
