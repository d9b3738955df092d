package org.drillbook.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for identity fields at rest. A stored value is {@code v1:} and the base64
 * of a 12-byte random nonce followed by the ciphertext and its tag. A value that does not
 * decrypt under the configured key fails loudly: it is never shown as garbage.
 */
@Component
public class IdentityCipher {

	static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Log log = LogFactory.getLog(IdentityCipher.class);

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	IdentityCipher(DataKeyProperties properties) {
		this(loadOrCreate(properties));
	}

	IdentityCipher(byte[] key) {
		if (key.length != 32) {
			throw new DataKeyException(
					"The data key must be 32 bytes (base64 of 32 random bytes), not " + key.length + " bytes.");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new DataKeyException("An identity field is not in the encrypted format; refusing to show it.");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new DataKeyException("Identity data cannot be decrypted with the configured data key: the key is"
					+ " wrong or the data was tampered with. Check DRILLBOOK_DATA_KEY or DRILLBOOK_DATA_KEY_FILE.");
		}
	}

	private static byte[] loadOrCreate(DataKeyProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return decode(properties.key(), "DRILLBOOK_DATA_KEY");
		}
		Path file = properties.keyFileOrDefault().toAbsolutePath();
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file), file.toString());
			}
			if (!properties.mayGenerate()) {
				throw new DataKeyException("No data key: DRILLBOOK_DATA_KEY is not set and " + file
						+ " does not exist. Give the key that encrypts identities as DRILLBOOK_DATA_KEY (in .env) or as"
						+ " the Docker secret drillbook_data_key; create one with: openssl rand -base64 32");
			}
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
			restrict(file);
			log.warn("Generated a new data key for identity fields in " + file
					+ ". Back it up somewhere safe: losing it loses every recruit's identity (see README.md).");
			return fresh;
		}
		catch (IOException ex) {
			throw new DataKeyException("Cannot read or create the data key file " + file + ": " + ex.getMessage()
					+ ". Set DRILLBOOK_DATA_KEY_FILE to a writable path or DRILLBOOK_DATA_KEY to the key.");
		}
	}

	private static void restrict(Path file) {
		if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			log.warn("Could not restrict the permissions of " + file + "; make it readable by this user only.");
			return;
		}
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException ex) {
			log.warn("Could not restrict the permissions of " + file + "; make it readable by this user only.");
		}
	}

	private static byte[] decode(String base64, String source) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new DataKeyException("The data key in " + source + " is not valid base64.");
		}
	}

}
