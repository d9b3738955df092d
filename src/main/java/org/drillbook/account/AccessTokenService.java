package org.drillbook.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.drillbook.account.internal.AccessToken;
import org.drillbook.account.internal.AccessTokenRepository;
import org.drillbook.account.internal.UserAccount;
import org.drillbook.account.internal.UserAccountRepository;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API: made by a signed-in user with a name, a scope and
 * an expiry of at most {@value AccessToken#MAX_DAYS} days, shown once and kept as a
 * SHA-256 hash; listed with their last use; revoked by their owner or an admin. A token
 * acts as its owner with the owner's role as it is at each call, and stops working when
 * the account is disabled.
 */
@Service
public class AccessTokenService {

	/** What every token starts with, so that a leaked one is easy to recognise. */
	public static final String PREFIX = "dbk_";

	/** The most tokens one user may have active at once. */
	public static final int MAX_ACTIVE = 20;

	private static final int SECRET_BYTES = 32;

	private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	private final AccessTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final AuditService audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessTokenService(AccessTokenRepository tokens, UserAccountRepository accounts, AuditService audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes a token for the signed-in user; the secret is in the answer and nowhere else.
	 */
	@Transactional
	public NewAccessToken create(String name, TokenScope scope, int days, DrillbookUser actor) {
		actor.requireStaff();
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 64) {
			throw new AccountChangeException("account.tokens.error.name");
		}
		if (scope == null) {
			throw new AccountChangeException("account.tokens.error.scope");
		}
		if (days < 1 || days > AccessToken.MAX_DAYS) {
			throw new AccountChangeException("account.tokens.error.days");
		}
		Instant now = this.clock.instant();
		if (this.tokens.countActive(actor.id(), now) >= MAX_ACTIVE) {
			throw new AccountChangeException("account.tokens.error.tooMany");
		}
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		AccessToken saved = this.tokens
			.save(new AccessToken(actor.id(), trimmed, SecondFactorService.hash(token), scope, now, days));
		this.audit.record(actor.getUsername(), AuditAction.TOKEN_CREATED, AuditRecordType.ACCOUNT, actor.id(),
				Changes.of()
					.set("token", tokenLabel(saved.getId(), trimmed))
					.set("scope", scope)
					.set("expires", saved.getExpiresAt()));
		return new NewAccessToken(saved.getId(), trimmed, scope, saved.getExpiresAt(), token);
	}

	/** The signed-in user's own tokens, newest first. */
	@Transactional(readOnly = true)
	public List<AccessTokenRow> mine(DrillbookUser actor) {
		return rows(actor.id());
	}

	/** Any user's tokens, for an admin. */
	@Transactional(readOnly = true)
	public List<AccessTokenRow> ofAccount(long accountId, DrillbookUser admin) {
		admin.require(Role.ADMIN);
		return rows(accountId);
	}

	/** Revokes a token: the owner's own, or anyone's by an admin. */
	@Transactional
	public void revoke(long tokenId, DrillbookUser actor) {
		actor.requireStaff();
		AccessToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getAccountId() == actor.id() || actor.is(Role.ADMIN))
			.orElseThrow(() -> new AccessTokenNotFoundException(tokenId));
		if (token.revoke(this.clock.instant(), actor.getUsername())) {
			this.audit.record(actor.getUsername(), AuditAction.TOKEN_REVOKED, AuditRecordType.ACCOUNT,
					token.getAccountId(), Changes.of().set("token", tokenLabel(token.getId(), token.getName())));
		}
	}

	/**
	 * Who a token stands for, when it is known, live and its account enabled; notes the
	 * use. Unknown, expired and revoked tokens are all just empty.
	 */
	@Transactional
	public Optional<TokenUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<AccessToken> found = this.tokens.findByTokenHash(SecondFactorService.hash(token))
			.filter((t) -> t.activeAt(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		AccessToken live = found.get();
		Optional<UserAccount> account = this.accounts.findById(live.getAccountId()).filter(UserAccount::isEnabled);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		this.tokens.used(live.getId(), now, now.minus(USE_RESOLUTION));
		return Optional
			.of(new TokenUser(DrillbookUser.withToken(account.get()), live.getId(), live.getName(), live.getScope()));
	}

	/**
	 * Records a call made with a token in the audit trail, in a transaction of its own
	 * (it stays when the call itself failed).
	 */
	public void recordCall(TokenUser caller, String request, int status) {
		this.audit.recordSecurityEvent(caller.user().getUsername(), AuditAction.API_CALL, AuditRecordType.ACCOUNT,
				caller.user().id(),
				Changes.of()
					.set("token", tokenLabel(caller.tokenId(), caller.tokenName()))
					.set("request", request)
					.set("answer", status));
	}

	/** How a token is named in the audit trail: its name and number, never its secret. */
	public static String tokenLabel(long id, String name) {
		return name + " #" + id;
	}

	private List<AccessTokenRow> rows(long accountId) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(AccessToken::row).toList();
	}

}
