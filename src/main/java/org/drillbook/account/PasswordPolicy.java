package org.drillbook.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/** What a password must be, and how one-time passwords are made. */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
	public static final int MAX_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 20;

	/** The 30,000 most common passwords of zxcvbn's list, plus a few of our own. */
	static final String COMMON_PASSWORDS = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private static final Set<String> OUR_OWN = Set.of("drillbook", "slavaukraini", "zhyvebelarus", "heroyamslava",
			"changeme", "administrator", "instructor", "armorer");

	private final SecureRandom random = new SecureRandom();

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

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
		if (isCommon(password)) {
			throw new PasswordRejectedException("account.password.error.common");
		}
		if (KeyboardWalk.isWalk(password)) {
			throw new PasswordRejectedException("account.password.error.keyboard");
		}
	}

	/**
	 * Whether the password is one of the common ones, also when only digits and symbols
	 * were put around it ({@code Password2026!}) or it is written with spaces.
	 */
	boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		String squeezed = lower.replaceAll("[\\s_.-]+", "");
		return this.common.contains(lower) || this.common.contains(core) || this.common.contains(squeezed)
				|| this.common.contains(squeezed.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
	}

	int commonCount() {
		return this.common.size();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(OUR_OWN);
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
			}
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

	String generate() {
		StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			sb.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
