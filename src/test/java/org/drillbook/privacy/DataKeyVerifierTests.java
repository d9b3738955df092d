package org.drillbook.privacy;

import java.security.SecureRandom;

import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class DataKeyVerifierTests {

	@Autowired
	IdentityCipher cipher;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFirstStartStoredACheckThatTheRightKeyPasses() {
		String stored = this.jdbc.queryForObject("select canary from data_key_check where id = 1", String.class);
		assertThat(stored).startsWith("v1:");
		assertThatNoException().isThrownBy(() -> new DataKeyVerifier(this.cipher, this.jdbc).verify(stored));
	}

	@Test
	void anotherKeyStopsTheStartWithAClearMessage() {
		String stored = this.jdbc.queryForObject("select canary from data_key_check where id = 1", String.class);
		byte[] other = new byte[32];
		new SecureRandom().nextBytes(other);
		assertThatThrownBy(() -> new DataKeyVerifier(new IdentityCipher(other), this.jdbc).verify(stored))
			.isInstanceOf(DataKeyException.class)
			.hasMessageContaining("not the one this database's identities were encrypted with");
	}

}
