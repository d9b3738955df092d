package org.drillbook.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.account.internal.UserAccount;
import org.drillbook.account.internal.UserAccountRepository;

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
		refuseTrainee(role);
		if (exists(username)) {
			throw new DuplicateUsernameException(username);
		}
		this.passwordPolicy.check(password);
		UserAccount account = this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(password), role,
				callSign, false, this.clock.instant()));
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, AuditRecordType.ACCOUNT, account.getId(),
				Changes.of().set("username", username).set("role", role).set("callSign", callSign));
	}

	/**
	 * Creates a trainee's account with a password chosen by whoever runs the deployment
	 * (the demo's trainee); the password must meet the policy.
	 */
	@Transactional
	public void createTrainee(String username, String password, long recruitId) {
		if (exists(username)) {
			throw new DuplicateUsernameException(username);
		}
		this.passwordPolicy.check(password);
		UserAccount account = this.accounts.save(UserAccount.trainee(username, this.passwordEncoder.encode(password),
				recruitId, false, this.clock.instant()));
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, AuditRecordType.ACCOUNT, account.getId(),
				Changes.of().set("username", username).set("role", Role.TRAINEE).set("recruit", recruitId));
	}

	/**
	 * Creates an account with a random one-time password that must be changed at the
	 * first sign-in.
	 * @return the account and its one-time password, to be handed over once and never
	 * stored in clear
	 */
	@Transactional
	public OneTimeCredentials createWithOneTimePassword(String username, Role role, String callSign) {
		refuseTrainee(role);
		if (exists(username)) {
			throw new DuplicateUsernameException(username);
		}
		String oneTime = this.passwordPolicy.generate();
		UserAccount account = this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(oneTime), role,
				callSign, true, this.clock.instant()));
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, AuditRecordType.ACCOUNT, account.getId(),
				Changes.of()
					.set("username", username)
					.set("role", role)
					.set("callSign", callSign)
					.note("audit.note.oneTimePassword"));
		return new OneTimeCredentials(account.getId(), account.getUsername(), oneTime);
	}

	/** Every account, by username; admins only. */
	@Transactional(readOnly = true)
	public Page<AccountRow> list(Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		return this.accounts.findAllByOrderByUsername(pageable).map(UserAccount::row);
	}

	@Transactional(readOnly = true)
	public AccountRow find(long id, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		return find(id);
	}

	/** An admin creates an account; the new user signs in with the one-time password. */
	@Transactional
	public OneTimeCredentials open(String username, Role role, String callSign, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		OneTimeCredentials credentials = createWithOneTimePassword(username, role, callSign);
		this.audit.record(actor.getUsername(), AuditAction.ACCOUNT_OPENED, AuditRecordType.ACCOUNT,
				credentials.accountId(), Changes.of().set("username", username).set("role", role));
		return credentials;
	}

	/**
	 * Changes what an account may do and what it is called; a new role ends its sessions.
	 */
	@Transactional
	public void update(long id, Role role, String callSign, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		UserAccount account = findForChange(id, version);
		if ((role == Role.TRAINEE) != (account.getRole() == Role.TRAINEE)) {
			throw new AccountChangeException("account.error.trainee");
		}
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
			keepAnAdmin(account, actor);
		}
		Changes changes = Changes.of()
			.change("role", account.getRole(), role)
			.change("callSign", account.getCallSign(),
					(callSign == null || callSign.isBlank()) ? null : callSign.strip());
		account.changeRole(role);
		account.changeCallSign(callSign);
		this.audit.record(actor.getUsername(), AuditAction.ACCOUNT_UPDATED, AuditRecordType.ACCOUNT, id, changes);
	}

	/** Disables an account and ends all its sessions at their next request. */
	@Transactional
	public void disable(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		UserAccount account = findForChange(id, version);
		if (account.getRole() == Role.ADMIN) {
			keepAnAdmin(account, actor);
		}
		account.disable();
		this.audit.record(actor.getUsername(), AuditAction.ACCOUNT_DISABLED, AuditRecordType.ACCOUNT, id,
				Changes.of().set("username", account.getUsername()).note("audit.note.sessionsEnded"));
	}

	@Transactional
	public void enable(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		UserAccount account = findForChange(id, version);
		account.enable();
		this.audit.record(actor.getUsername(), AuditAction.ACCOUNT_ENABLED, AuditRecordType.ACCOUNT, id,
				Changes.of().set("username", account.getUsername()));
	}

	/**
	 * Sets a one-time password that the user must change at the next sign-in; ends their
	 * sessions.
	 */
	@Transactional
	public OneTimeCredentials resetPassword(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		UserAccount account = findForChange(id, version);
		String oneTime = this.passwordPolicy.generate();
		account.resetPassword(this.passwordEncoder.encode(oneTime));
		this.audit.record(actor.getUsername(), AuditAction.PASSWORD_RESET, AuditRecordType.ACCOUNT, id,
				Changes.of()
					.set("username", account.getUsername())
					.note("audit.note.oneTimePassword")
					.note("audit.note.sessionsEnded"));
		return new OneTimeCredentials(id, account.getUsername(), oneTime);
	}

	/**
	 * An admin gives a recruit a sign-in to read their own record: a trainee's account
	 * with a one-time password, linked for good to the recruit; one per recruit.
	 */
	@Transactional
	public OneTimeCredentials openForRecruit(long recruitId, String username, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (this.accounts.findByRecruitId(recruitId).isPresent()) {
			throw new AccountChangeException("account.error.traineeExists");
		}
		if (exists(username)) {
			throw new DuplicateUsernameException(username);
		}
		String oneTime = this.passwordPolicy.generate();
		UserAccount account = this.accounts.save(UserAccount.trainee(username.strip(),
				this.passwordEncoder.encode(oneTime), recruitId, true, this.clock.instant()));
		this.audit.record(actor.getUsername(), AuditAction.ACCOUNT_OPENED, AuditRecordType.ACCOUNT, account.getId(),
				Changes.of()
					.set("username", account.getUsername())
					.set("role", Role.TRAINEE)
					.set("recruit", recruitId)
					.note("audit.note.oneTimePassword"));
		return new OneTimeCredentials(account.getId(), account.getUsername(), oneTime);
	}

	/** The sign-in a recruit was given, if any; admins only. */
	@Transactional(readOnly = true)
	public java.util.Optional<AccountRow> traineeOf(long recruitId, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		return this.accounts.findByRecruitId(recruitId).map(UserAccount::row);
	}

	/**
	 * The recruit a signed-in trainee is: the only record their account may read. Refuses
	 * anyone who is not a trainee.
	 */
	@Transactional(readOnly = true)
	public long recruitOf(DrillbookUser trainee) {
		trainee.require(Role.TRAINEE);
		return this.accounts.findById(trainee.id())
			.map(UserAccount::getRecruitId)
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no recruit"));
	}

	/**
	 * Closes a recruit's sign-in when their record is erased: the account is disabled and
	 * its sessions end. Nothing happens for a recruit without one.
	 */
	@Transactional
	public void closeTraineeOf(long recruitId, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		this.accounts.findByRecruitId(recruitId).filter(UserAccount::isEnabled).ifPresent((account) -> {
			account.disable();
			this.audit.record(actor.getUsername(), AuditAction.ACCOUNT_DISABLED, AuditRecordType.ACCOUNT,
					account.getId(),
					Changes.of().set("username", account.getUsername()).note("audit.note.sessionsEnded"));
		});
	}

	private static void refuseTrainee(Role role) {
		if (role == Role.TRAINEE) {
			throw new AccountChangeException("account.error.trainee");
		}
	}

	private void keepAnAdmin(UserAccount account, DrillbookUser actor) {
		if (account.getId().equals(actor.id())) {
			throw new AccountChangeException("account.error.self");
		}
		if (account.isEnabled() && this.accounts.countEnabledAdmins() <= 1) {
			throw new AccountChangeException("account.error.lastAdmin");
		}
	}

	private UserAccount findForChange(long id, long version) {
		UserAccount account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		return account;
	}

	/** An enabled instructor or admin, by username or call sign, to hold a weapon. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> idOfTrainer(String usernameOrCallSign) {
		return this.accounts.findTrainers(usernameOrCallSign).stream().findFirst().map(UserAccount::getId);
	}

	/** How accounts are shown to others: call sign, else username; one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			for (UserAccountRepository.AccountName account : this.accounts.namesOf(ids.toArray(Long[]::new))) {
				names.put(account.getId(), account.getName());
			}
		}
		return names;
	}

	/**
	 * Whether every given account is enabled and may lead or assist a session (an
	 * instructor or an admin); one query.
	 */
	@Transactional(readOnly = true)
	public boolean areTrainers(java.util.Collection<Long> ids) {
		java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
		long trainers = this.accounts.findAllById(wanted)
			.stream()
			.filter((a) -> a.isEnabled() && (a.getRole() == Role.INSTRUCTOR || a.getRole() == Role.ADMIN))
			.count();
		return trainers == wanted.size();
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

	@Transactional(readOnly = true)
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		for (Object[] row : this.accounts.countPerRole()) {
			counts.put((Role) row[0], (Long) row[1]);
		}
		return counts;
	}

}
