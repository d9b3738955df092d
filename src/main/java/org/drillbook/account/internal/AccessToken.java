package org.drillbook.account.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.drillbook.account.AccessTokenRow;
import org.drillbook.account.TokenScope;

/**
 * A personal access token: only the SHA-256 of its secret is kept. It opens the API until
 * it expires (at most {@link #MAX_DAYS} days after it was made) or is revoked.
 */
@Entity
public class AccessToken {

	/** The longest a token lives. */
	public static final int MAX_DAYS = 90;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
	@SequenceGenerator(name = "access_token_seq", sequenceName = "access_token_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long accountId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(nullable = false, updatable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TokenScope scope;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String revokedBy;

	protected AccessToken() {
	}

	public AccessToken(long accountId, String name, String tokenHash, TokenScope scope, Instant createdAt, int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A token lives 1 to " + MAX_DAYS + " days");
		}
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.scope = scope;
		this.createdAt = createdAt;
		this.expiresAt = createdAt.plus(Duration.ofDays(days));
	}

	/** Revokes the token; a token revoked before stays as it was. */
	public boolean revoke(Instant at, String by) {
		if (this.revokedAt != null) {
			return false;
		}
		this.revokedAt = at;
		this.revokedBy = by;
		return true;
	}

	public boolean activeAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	public TokenScope getScope() {
		return this.scope;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public AccessTokenRow row() {
		return new AccessTokenRow(this.id, this.accountId, this.name, this.scope, this.createdAt, this.expiresAt,
				this.lastUsedAt, this.revokedAt, this.revokedBy);
	}

}
