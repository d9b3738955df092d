package org.drillbook.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** What a password must be, and how one-time passwords are made. */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
	public static final int MAX_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 20;

	private final SecureRandom random = new SecureRandom();

	public void check(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new PasswordRejectedException("account.password.error.short", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new PasswordRejectedException("account.password.error.long", MAX_BYTES);
		}
		if (password.isBlank() || password.chars().distinct().count() < 4) {
			throw new PasswordRejectedException("account.password.error.weak");
		}
	}

	String generate() {
		StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			sb.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
