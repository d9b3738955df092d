package org.drillbook.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.drillbook.privacy.EncryptedStringConverter;

import org.springframework.util.Assert;

/** A person who signs in to Drillbook. */
@Entity
class UserAccount {

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

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, String callSign, boolean mustChangePassword,
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

	void changePassword(String newHash) {
		Assert.hasText(newHash, "newHash");
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		endSessions();
	}

	/**
	 * An admin set a one-time password: the user must choose a new one at the next
	 * sign-in.
	 */
	void resetPassword(String oneTimeHash) {
		Assert.hasText(oneTimeHash, "oneTimeHash");
		this.passwordHash = oneTimeHash;
		this.mustChangePassword = true;
		endSessions();
	}

	void changeRole(Role role) {
		Assert.notNull(role, "role");
		if (this.role != role) {
			this.role = role;
			endSessions();
		}
	}

	void disable() {
		this.enabled = false;
		endSessions();
	}

	void enable() {
		this.enabled = true;
	}

	void changeCallSign(String callSign) {
		this.callSign = (callSign == null || callSign.isBlank()) ? null : callSign.strip();
	}

	void enableSecondFactor(String secret, long step) {
		Assert.hasText(secret, "secret");
		this.totpSecret = secret;
		this.totpEnabled = true;
		this.totpLastStep = step;
	}

	void disableSecondFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = null;
	}

	/** Accepts a time step once: a code seen before (or an older one) is refused. */
	boolean acceptStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	/** Every session signed in before now ends at its next request. */
	void endSessions() {
		this.sessionEpoch++;
	}

	int getSessionEpoch() {
		return this.sessionEpoch;
	}

	long getVersion() {
		return this.version;
	}

	void recordLogin(Instant at) {
		this.lastLoginAt = at;
	}

	void preferLocale(Locale locale) {
		this.locale = locale.toLanguageTag();
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	String getCallSign() {
		return this.callSign;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	Locale getLocale() {
		return (this.locale != null) ? Locale.forLanguageTag(this.locale) : null;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	AccountRow row() {
		return new AccountRow(this.id, this.username, this.role, this.callSign, this.enabled, this.lastLoginAt,
				this.mustChangePassword, this.version);
	}

}
