package org.drillbook.account;

import java.time.Clock;
import java.util.Locale;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.account.internal.UserAccount;
import org.drillbook.account.internal.UserAccountRepository;

/**
 * The signed-in user's own account: changing their password, whether their session may go
 * on, their last sign-in and their language.
 */
@Service
public class OwnAccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AuditService audit;

	private final Clock clock;

	OwnAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			AuditService audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Changes the user's own password, which ends their other sessions.
	 * @return the new session epoch, for the session that made the change
	 */
	@Transactional
	public int changePassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new AccountNotFoundException(userId));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new PasswordRejectedException("account.password.error.current");
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new PasswordRejectedException("account.password.error.same");
		}
		this.passwordPolicy.check(newPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record(account.getUsername(), AuditAction.PASSWORD_CHANGED, AuditRecordType.ACCOUNT, userId, null);
		return account.getSessionEpoch();
	}

	/**
	 * Whether a session signed in under this epoch may go on: the account is enabled and
	 * unchanged.
	 */
	@Transactional(readOnly = true)
	public boolean sessionValid(long userId, int sessionEpoch) {
		return this.accounts.sessionStillValid(userId, sessionEpoch);
	}

	@Transactional
	public void recordLogin(long userId) {
		this.accounts.recordLogin(userId, this.clock.instant());
	}

	@Transactional
	public void preferLocale(long userId, Locale locale) {
		this.accounts.preferLocale(userId, locale.toLanguageTag());
	}

}
