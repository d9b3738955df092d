package org.drillbook.account;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.drillbook.account.internal.UserAccount;

/** The signed-in user as Spring Security keeps it in the session. */
public final class DrillbookUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String password;

	private final Role role;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final Locale preferredLocale;

	private final Instant previousLoginAt;

	private final int sessionEpoch;

	private final boolean secondFactorEnabled;

	private final boolean secondFactorVerified;

	/** Drillbook itself, for work no person started: first-start setup and demo data. */
	public static final DrillbookUser SYSTEM = new DrillbookUser(0, "system", null, Role.ADMIN, true, false, null, null,
			0, false, false);

	DrillbookUser(UserAccount account) {
		this(account.getId(), account.getUsername(), account.getPasswordHash(), account.getRole(), account.isEnabled(),
				account.isMustChangePassword(), account.getLocale(), account.getLastLoginAt(),
				account.getSessionEpoch(), account.isTotpEnabled(), false);
	}

	private DrillbookUser(long id, String username, String password, Role role, boolean enabled,
			boolean mustChangePassword, Locale preferredLocale, Instant previousLoginAt, int sessionEpoch,
			boolean secondFactorEnabled, boolean secondFactorVerified) {
		this.secondFactorEnabled = secondFactorEnabled;
		this.secondFactorVerified = secondFactorVerified;
		this.sessionEpoch = sessionEpoch;
		this.id = id;
		this.username = username;
		this.password = password;
		this.role = role;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.preferredLocale = preferredLocale;
		this.previousLoginAt = previousLoginAt;
	}

	/**
	 * The owner of a personal access token as the API sees them: the token was made in a
	 * full sign-in (with the second factor, where there is one), so none is pending.
	 */
	static DrillbookUser withToken(UserAccount account) {
		return new DrillbookUser(account.getId(), account.getUsername(), null, account.getRole(), account.isEnabled(),
				account.isMustChangePassword(), account.getLocale(), account.getLastLoginAt(),
				account.getSessionEpoch(), account.isTotpEnabled(), true);
	}

	/**
	 * The same user after the password was changed, which ended the user's other
	 * sessions.
	 */
	public DrillbookUser withPasswordChanged(int newSessionEpoch) {
		return new DrillbookUser(this.id, this.username, null, this.role, this.enabled, false, this.preferredLocale,
				this.previousLoginAt, newSessionEpoch, this.secondFactorEnabled, this.secondFactorVerified);
	}

	/**
	 * The same user once the second factor was checked in this session (or just
	 * enrolled).
	 */
	public DrillbookUser withSecondFactorVerified() {
		return withSecondFactorEnrolled(this.sessionEpoch);
	}

	/**
	 * The same user right after enrolling a second factor, which ended their other
	 * sessions.
	 */
	public DrillbookUser withSecondFactorEnrolled(int newSessionEpoch) {
		return new DrillbookUser(this.id, this.username, null, this.role, this.enabled, this.mustChangePassword,
				this.preferredLocale, this.previousLoginAt, newSessionEpoch, true, true);
	}

	/** The same user after turning the second factor off. */
	public DrillbookUser withoutSecondFactor() {
		return new DrillbookUser(this.id, this.username, null, this.role, this.enabled, this.mustChangePassword,
				this.preferredLocale, this.previousLoginAt, this.sessionEpoch, false, false);
	}

	public boolean secondFactorEnabled() {
		return this.secondFactorEnabled;
	}

	/** Signed in with a password, but the authenticator code is still to come. */
	public boolean secondFactorPending() {
		return this.secondFactorEnabled && !this.secondFactorVerified;
	}

	/** Which generation of the account's sessions this one belongs to. */
	public int sessionEpoch() {
		return this.sessionEpoch;
	}

	public long id() {
		return this.id;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * Refuses the request unless this user has one of the roles (and passed the second
	 * factor).
	 */
	public void require(Role... roles) {
		if (secondFactorPending()) {
			throw new AccessDeniedException("Second factor still to come");
		}
		for (Role allowed : roles) {
			if (this.role == allowed) {
				return;
			}
		}
		throw new AccessDeniedException("Role " + this.role + " may not do this");
	}

	/** Refuses a trainee: for what only those who run the training may do. */
	public void requireStaff() {
		require(Role.ADMIN, Role.INSTRUCTOR, Role.ARMORER);
	}

	public Role role() {
		return this.role;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** The language the user chose last time, or null when they never chose. */
	public Locale preferredLocale() {
		return this.preferredLocale;
	}

	/** When the user signed in before this session, or null on a first sign-in. */
	public Instant previousLoginAt() {
		return this.previousLoginAt;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DrillbookUser that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "DrillbookUser[" + this.username + ", " + this.role + "]";
	}

}
