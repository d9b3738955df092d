package org.drillbook.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation, passwords and preferences. */
@Service
public class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean hasAccounts() {
		return this.accounts.count() > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).isPresent();
	}

	/**
	 * Creates an account with a password chosen by whoever runs the deployment; the
	 * password must meet the policy.
	 */
	@Transactional
	public void create(String username, String password, Role role, String callSign) {
		this.passwordPolicy.check(password);
		this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(password), role, callSign, false,
				this.clock.instant()));
	}

	/**
	 * Creates an account with a random one-time password that must be changed at the
	 * first sign-in.
	 * @return the one-time password, to be handed over once and never stored in clear
	 */
	@Transactional
	public String createWithOneTimePassword(String username, Role role, String callSign) {
		String oneTime = this.passwordPolicy.generate();
		this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(oneTime), role, callSign, true,
				this.clock.instant()));
		return oneTime;
	}

	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new AccountNotFoundException(userId));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new PasswordRejectedException("account.password.error.current");
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new PasswordRejectedException("account.password.error.same");
		}
		this.passwordPolicy.check(newPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword));
	}

	@Transactional
	public void recordLogin(long userId) {
		this.accounts.findById(userId).ifPresent((account) -> account.recordLogin(this.clock.instant()));
	}

	@Transactional
	public void preferLocale(long userId, Locale locale) {
		this.accounts.findById(userId).ifPresent((account) -> account.preferLocale(locale));
	}

	@Transactional(readOnly = true)
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, this.accounts.countByRole(role));
		}
		return counts;
	}

}
