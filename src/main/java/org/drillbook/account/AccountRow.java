package org.drillbook.account;

import java.time.Instant;

/** An account in a list; a trainee's names the recruit it belongs to. */
public record AccountRow(long id, String username, Role role, String callSign, boolean enabled, Instant lastLoginAt,
		boolean mustChangePassword, long version, Long recruitId) {

}
