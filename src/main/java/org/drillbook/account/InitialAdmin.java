package org.drillbook.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the one admin account: from
 * {@code DRILLBOOK_ADMIN_*} when they are set, otherwise {@code admin} with a random
 * one-time password printed once to the log.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	private static final Log log = LogFactory.getLog(InitialAdmin.class);

	private final AccountService accounts;

	private final InitialAdminProperties properties;

	InitialAdmin(AccountService accounts, InitialAdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAccounts()) {
			return;
		}
		try {
			if (this.properties.given()) {
				this.accounts.create(this.properties.username(), this.properties.password(), Role.ADMIN, null);
				log.info("Created the first admin account '" + this.properties.username()
						+ "' from DRILLBOOK_ADMIN_USERNAME and DRILLBOOK_ADMIN_PASSWORD.");
				return;
			}
			String oneTime = this.accounts.createWithOneTimePassword(DEFAULT_USERNAME, Role.ADMIN, null).password();
			log.warn("Created the first admin account '" + DEFAULT_USERNAME + "' with the one-time password " + oneTime
					+ " (shown only this once; you must set a new password at the first sign-in).");
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another instance created the first admin account meanwhile.");
		}
		catch (PasswordRejectedException ex) {
			throw new IllegalStateException("DRILLBOOK_ADMIN_PASSWORD does not meet the password policy (at least "
					+ PasswordPolicy.MIN_LENGTH + " characters, at most " + PasswordPolicy.MAX_BYTES + " bytes).");
		}
	}

}
