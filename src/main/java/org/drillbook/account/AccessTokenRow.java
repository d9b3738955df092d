package org.drillbook.account;

import java.time.Instant;

/** A personal access token as its owner (or an admin) sees it: never the token itself. */
public record AccessTokenRow(long id, long accountId, String name, TokenScope scope, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

	/** Whether the token still opens the API at the given moment. */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
