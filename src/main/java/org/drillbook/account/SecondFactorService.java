package org.drillbook.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.account.internal.RecoveryCode;
import org.drillbook.account.internal.RecoveryCodeRepository;
import org.drillbook.account.internal.UserAccount;
import org.drillbook.account.internal.UserAccountRepository;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s) with the QR code drawn
 * here, never by an outside service; ten recovery codes kept as hashes. A code is
 * accepted once, within one step of the server's clock.
 */
@Service
public class SecondFactorService {

	static final int PERIOD_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final UserAccountRepository accounts;

	private final RecoveryCodeRepository recoveryCodes;

	private final PasswordEncoder passwordEncoder;

	private final SecondFactorProperties properties;

	private final AuditService audit;

	private final Clock clock;

	private final DefaultCodeGenerator codes = new DefaultCodeGenerator();

	private final SecureRandom random = new SecureRandom();

	SecondFactorService(UserAccountRepository accounts, RecoveryCodeRepository recoveryCodes,
			PasswordEncoder passwordEncoder, SecondFactorProperties properties, AuditService audit, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new secret to enrol, with its otpauth URI and QR code; nothing is stored yet. */
	public Enrolment startEnrolment(DrillbookUser user) {
		String secret = new DefaultSecretGenerator(32).generate();
		QrData data = new QrData.Builder().label(user.getUsername())
			.secret(secret)
			.issuer("Drillbook")
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			generator.setImageSize(240);
			String png = Base64.getEncoder().encodeToString(generator.generate(data));
			return new Enrolment(secret, data.getUri(), "data:image/png;base64," + png);
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Cannot draw the QR code", ex);
		}
	}

	/**
	 * Turns the second factor on once the user proved their authenticator holds the
	 * secret. This ends the user's other sessions, which were opened without it.
	 * @return the recovery codes, to be shown once, and the session epoch for this
	 * session
	 */
	@Transactional
	public Enabled enable(long userId, String secret, String code) {
		UserAccount account = find(userId);
		Long step = matchingStep(secret, code);
		if (step == null) {
			throw new SecondFactorException("account.2fa.error.code");
		}
		account.enableSecondFactor(secret, step);
		account.endSessions();
		List<String> plain = newRecoveryCodes(userId);
		this.audit.record(account.getUsername(), AuditAction.SECOND_FACTOR_ENABLED, AuditRecordType.ACCOUNT, userId,
				null);
		return new Enabled(plain, account.getSessionEpoch());
	}

	/**
	 * Checks the code of a signing-in user: from the authenticator, or an unused recovery
	 * code.
	 */
	@Transactional
	public boolean verify(long userId, String code) {
		UserAccount account = find(userId);
		if (!account.isTotpEnabled() || code == null) {
			return false;
		}
		String compact = code.replaceAll("\\s", "");
		Long step = matchingStep(account.getTotpSecret(), compact);
		if (step != null) {
			return account.acceptStep(step);
		}
		return this.recoveryCodes.findUnused(userId, hash(compact.toLowerCase(Locale.ROOT))).map((recovery) -> {
			recovery.use(this.clock.instant());
			this.audit.record(account.getUsername(), AuditAction.RECOVERY_CODE_USED, AuditRecordType.ACCOUNT, userId,
					Changes.of().set("left", this.recoveryCodes.countUnused(userId) - 1));
			return true;
		}).orElse(false);
	}

	/**
	 * The user turns the second factor off, with their password; not where their role
	 * requires it.
	 */
	@Transactional
	public void disable(DrillbookUser user, String currentPassword) {
		UserAccount account = find(user.id());
		if (this.properties.required(account.getRole())) {
			throw new SecondFactorException("account.2fa.error.required");
		}
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new SecondFactorException("account.password.error.current");
		}
		account.disableSecondFactor();
		this.recoveryCodes.deleteByAccount(user.id());
		this.audit.record(account.getUsername(), AuditAction.SECOND_FACTOR_DISABLED, AuditRecordType.ACCOUNT, user.id(),
				null);
	}

	/** An admin clears a user's second factor (a lost phone); the user enrols again. */
	@Transactional
	public void reset(long accountId, DrillbookUser admin) {
		admin.require(Role.ADMIN);
		UserAccount account = find(accountId);
		account.disableSecondFactor();
		account.endSessions();
		this.recoveryCodes.deleteByAccount(accountId);
		this.audit.record(admin.getUsername(), AuditAction.SECOND_FACTOR_RESET, AuditRecordType.ACCOUNT, accountId,
				Changes.of().set("username", account.getUsername()).note("audit.note.sessionsEnded"));
	}

	@Transactional(readOnly = true)
	public long recoveryCodesLeft(long userId) {
		return this.recoveryCodes.countUnused(userId);
	}

	public boolean requiredFor(Role role) {
		return this.properties.required(role);
	}

	public boolean enforced() {
		return this.properties.enforced();
	}

	/** The time step (previous, current or next) whose code this is, or null. */
	private Long matchingStep(String secret, String code) {
		if (secret == null || code == null || !code.matches("\\d{6}")) {
			return null;
		}
		long now = Math.floorDiv(this.clock.instant().getEpochSecond(), PERIOD_SECONDS);
		try {
			for (long step = now - 1; step <= now + 1; step++) {
				if (MessageDigest.isEqual(this.codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
						code.getBytes(StandardCharsets.US_ASCII))) {
					return step;
				}
			}
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Cannot compute a TOTP code", ex);
		}
		return null;
	}

	private List<String> newRecoveryCodes(long userId) {
		this.recoveryCodes.deleteByAccount(userId);
		List<String> plain = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
			}
			plain.add(code.toString());
			this.recoveryCodes.save(new RecoveryCode(userId, hash(code.toString())));
		}
		return plain;
	}

	private UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The second factor is on: the recovery codes to show once, and this session's new
	 * epoch.
	 */
	public record Enabled(List<String> recoveryCodes, int sessionEpoch) {

		@Override
		public String toString() {
			return "Enabled[codes masked]";
		}

	}

	/** A secret being enrolled: the text to type in, the URI and the QR code to scan. */
	public record Enrolment(String secret, String uri, String qrDataUri) {

		@Override
		public String toString() {
			return "Enrolment[secret masked]";
		}

	}

}
