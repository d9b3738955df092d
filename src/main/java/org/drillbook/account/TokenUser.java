package org.drillbook.account;

/** Who calls the API with a token, and with which token. */
public record TokenUser(DrillbookUser user, long tokenId, String tokenName, TokenScope scope) {

	public boolean mayWrite() {
		return this.scope == TokenScope.WRITE;
	}

}
