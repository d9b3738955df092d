package org.drillbook.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation, passwords and preferences. */
@Service
public class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AuditService audit;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			AuditService audit, Clock clock) {
		this.audit = audit;
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
	public long idOf(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.map(UserAccount::getId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + username));
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
		if (exists(username)) {
			throw new DuplicateUsernameException(username);
		}
		this.passwordPolicy.check(password);
		UserAccount account = this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(password), role,
				callSign, false, this.clock.instant()));
		this.audit.record("system", "ACCOUNT_CREATED", "Account", account.getId(),
				Changes.of().set("username", username).set("role", role).set("callSign", callSign));
	}

	/**
	 * Creates an account with a random one-time password that must be changed at the
	 * first sign-in.
	 * @return the account and its one-time password, to be handed over once and never
	 * stored in clear
	 */
	@Transactional
	public OneTimeCredentials createWithOneTimePassword(String username, Role role, String callSign) {
		if (exists(username)) {
			throw new DuplicateUsernameException(username);
		}
		String oneTime = this.passwordPolicy.generate();
		UserAccount account = this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(oneTime), role,
				callSign, true, this.clock.instant()));
		this.audit.record("system", "ACCOUNT_CREATED", "Account", account.getId(),
				Changes.of()
					.set("username", username)
					.set("role", role)
					.set("callSign", callSign)
					.note("one-time password issued"));
		return new OneTimeCredentials(account.getId(), account.getUsername(), oneTime);
	}

	/** Accounts of one role, by username, for lists. */
	@Transactional(readOnly = true)
	public Page<AccountRow> list(Role role, Pageable pageable) {
		return this.accounts.findByRoleOrderByUsername(role, pageable).map(UserAccount::row);
	}

	@Transactional(readOnly = true)
	public AccountRow find(long id) {
		return this.accounts.findById(id).map(UserAccount::row).orElseThrow(() -> new AccountNotFoundException(id));
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
		this.audit.record(account.getUsername(), "PASSWORD_CHANGED", "Account", userId, null);
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
