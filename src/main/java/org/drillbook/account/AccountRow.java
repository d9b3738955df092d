package org.drillbook.account;

import java.time.Instant;

/** An account in a list. */
public record AccountRow(long id, String username, Role role, String callSign, boolean enabled, Instant lastLoginAt,
		boolean mustChangePassword, long version) {

}
