package org.drillbook.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account for automated deployments: {@code DRILLBOOK_ADMIN_USERNAME} and
 * {@code DRILLBOOK_ADMIN_PASSWORD}. Read only when the database has no account yet.
 */
@ConfigurationProperties("drillbook.admin")
public record InitialAdminProperties(String username, String password) {

	public boolean given() {
		return this.username != null && !this.username.isBlank() && this.password != null && !this.password.isEmpty();
	}

}
