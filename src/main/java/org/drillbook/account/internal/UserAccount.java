package org.drillbook.account.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.drillbook.privacy.EncryptedStringConverter;

import org.springframework.util.Assert;
import org.drillbook.account.AccountRow;
import org.drillbook.account.Role;

/** A person who signs in to Drillbook. */
@Entity
@EntityListeners(SessionEnding.class)
public class UserAccount {

	/** Set when this change ends the account's sessions; read once it is written. */
	@Transient
	private boolean sessionsEnded;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
	@SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private String callSign;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private String locale;

	private Instant lastLoginAt;

	private int sessionEpoch;

	@Convert(converter = EncryptedStringConverter.class)
	private String totpSecret;

	private boolean totpEnabled;

	private Long totpLastStep;

	/** The recruit a trainee's account belongs to; null for everyone else. */
	@Column(updatable = false)
	private Long recruitId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, Role role, String callSign, boolean mustChangePassword,
			Instant now) {
		Assert.hasText(username, "username");
		Assert.hasText(passwordHash, "passwordHash");
		Assert.notNull(role, "role");
		this.username = username.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.callSign = (callSign == null || callSign.isBlank()) ? null : callSign.strip();
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
	}

	/** A trainee's account, linked for good to their recruit record. */
	public static UserAccount trainee(String username, String passwordHash, long recruitId, boolean mustChangePassword,
			Instant now) {
		UserAccount account = new UserAccount(username, passwordHash, Role.TRAINEE, null, mustChangePassword, now);
		account.recruitId = recruitId;
		return account;
	}

	public Long getRecruitId() {
		return this.recruitId;
	}

	public void changePassword(String newHash) {
		Assert.hasText(newHash, "newHash");
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		endSessions();
	}

	/**
	 * An admin set a one-time password: the user must choose a new one at the next
	 * sign-in.
	 */
	public void resetPassword(String oneTimeHash) {
		Assert.hasText(oneTimeHash, "oneTimeHash");
		this.passwordHash = oneTimeHash;
		this.mustChangePassword = true;
		endSessions();
	}

	public void changeRole(Role role) {
		Assert.notNull(role, "role");
		Assert.isTrue(role != Role.TRAINEE && this.role != Role.TRAINEE, "a trainee's account keeps its role");
		if (this.role != role) {
			this.role = role;
			endSessions();
		}
	}

	public void disable() {
		this.enabled = false;
		endSessions();
	}

	public void enable() {
		this.enabled = true;
	}

	public void changeCallSign(String callSign) {
		this.callSign = (callSign == null || callSign.isBlank()) ? null : callSign.strip();
	}

	public void enableSecondFactor(String secret, long step) {
		Assert.hasText(secret, "secret");
		this.totpSecret = secret;
		this.totpEnabled = true;
		this.totpLastStep = step;
	}

	public void disableSecondFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = null;
	}

	/** Accepts a time step once: a code seen before (or an older one) is refused. */
	public boolean acceptStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	public String getTotpSecret() {
		return this.totpSecret;
	}

	public boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	/**
	 * Every session signed in before now ends: once this change is written, they are
	 * removed from the session store (SessionEnding).
	 */
	public void endSessions() {
		this.sessionEpoch++;
		this.sessionsEnded = true;
	}

	/** Whether this change ended the sessions; answers once. */
	boolean takeSessionsEnded() {
		boolean ended = this.sessionsEnded;
		this.sessionsEnded = false;
		return ended;
	}

	public int getSessionEpoch() {
		return this.sessionEpoch;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public String getCallSign() {
		return this.callSign;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Locale getLocale() {
		return (this.locale != null) ? Locale.forLanguageTag(this.locale) : null;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public AccountRow row() {
		return new AccountRow(this.id, this.username, this.role, this.callSign, this.enabled, this.lastLoginAt,
				this.mustChangePassword, this.version, this.recruitId);
	}

}
