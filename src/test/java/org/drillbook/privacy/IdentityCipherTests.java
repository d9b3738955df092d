package org.drillbook.privacy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityCipherTests {

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private final IdentityCipher cipher = new IdentityCipher(key());

	@Test
	void roundTripKeepsEveryLetter() {
		String name = "Алесь Каліноўскі – Łukasz Wiśniewski";
		String stored = this.cipher.encrypt(name);
		assertThat(stored).startsWith("v1:").doesNotContain("Алесь", "Łukasz");
		assertThat(this.cipher.decrypt(stored)).isEqualTo(name);
	}

	@Test
	void sameValueEncryptsDifferentlyEachTime() {
		assertThat(this.cipher.encrypt("Zubr")).isNotEqualTo(this.cipher.encrypt("Zubr"));
	}

	@Test
	void wrongKeyFailsLoudlyInsteadOfShowingGarbage() {
		String stored = this.cipher.encrypt("Тарас Шевченко");
		assertThatThrownBy(() -> new IdentityCipher(key()).decrypt(stored)).isInstanceOf(DataKeyException.class)
			.hasMessageContaining("DRILLBOOK_DATA_KEY");
	}

	@Test
	void tamperedValueIsRefused() {
		String stored = this.cipher.encrypt("Тарас Шевченко");
		String tampered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertThatThrownBy(() -> this.cipher.decrypt(tampered)).isInstanceOf(DataKeyException.class);
	}

	@Test
	void plainTextInTheColumnIsRefused() {
		assertThatThrownBy(() -> this.cipher.decrypt("Taras")).isInstanceOf(DataKeyException.class);
	}

	@Test
	void keyMustBe256Bits() {
		assertThatThrownBy(() -> new IdentityCipher(new byte[16])).isInstanceOf(DataKeyException.class);
	}

	@Test
	void missingKeyFileIsGeneratedAndReusedOnTheNextStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Path file = dir.resolve("keys").resolve("data.key");
		IdentityCipher first = new IdentityCipher(new DataKeyProperties(null, file, true));
		assertThat(file).exists();
		assertThat(java.nio.file.Files.getPosixFilePermissions(file))
			.isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		String stored = first.encrypt("Ганна");
		assertThat(new IdentityCipher(new DataKeyProperties(null, file, true)).decrypt(stored)).isEqualTo("Ганна");
	}

	@Test
	void withoutGeneratingAMissingKeyStopsTheStartWithOneLine(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
		java.nio.file.Path file = dir.resolve("secrets").resolve("drillbook_data_key");
		assertThatThrownBy(() -> new IdentityCipher(new DataKeyProperties(null, file, false)))
			.isInstanceOf(DataKeyException.class)
			.hasMessageContaining("No data key")
			.hasMessageContaining("openssl rand -base64 32")
			.hasMessageNotContaining("\n");
		assertThat(file).doesNotExist();
	}

}
