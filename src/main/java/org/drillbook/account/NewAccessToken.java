package org.drillbook.account;

import java.time.Instant;

/** A token just made: the only time its secret is known. */
public record NewAccessToken(long id, String name, TokenScope scope, Instant expiresAt, String token) {

	@Override
	public String toString() {
		return "NewAccessToken[" + this.id + ", " + this.name + ", " + this.scope + "]";
	}

}
