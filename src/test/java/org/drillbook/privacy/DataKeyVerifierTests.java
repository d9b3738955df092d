package org.drillbook.privacy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

import org.drillbook.DrillbookApplication;

import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
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
	void aClassDataSharingTrainingRunReachesNoDatabase() {
		// the Docker image's build: -Dspring.context.exit=onRefresh and no PostgreSQL
		JdbcTemplate nowhere = new JdbcTemplate(
				new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"));
		String before = System.setProperty("spring.context.exit", "onRefresh");
		try {
			assertThatNoException()
				.isThrownBy(() -> new DataKeyVerifier(this.cipher, nowhere).afterSingletonsInstantiated());
		}
		finally {
			if (before == null) {
				System.clearProperty("spring.context.exit");
			}
			else {
				System.setProperty("spring.context.exit", before);
			}
		}
		assertThatThrownBy(() -> new DataKeyVerifier(this.cipher, nowhere).afterSingletonsInstantiated())
			.as("any other start checks the key against the database");
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

	@Test
	void anotherKeyStopsTheStartBeforeTheWebServerListens() {
		// this class's context has stored the check; a second start on the same database
		// with another key
		byte[] other = new byte[32];
		new SecureRandom().nextBytes(other);
		AtomicBoolean listened = new AtomicBoolean();
		ApplicationListener<WebServerInitializedEvent> listening = (event) -> listened.set(true);
		assertThatThrownBy(() -> new SpringApplicationBuilder(DrillbookApplication.class).listeners(listening)
			.run("--server.port=0", "--drillbook.data.key=" + Base64.getEncoder().encodeToString(other),
					"--spring.main.banner-mode=off")
			.close()).isInstanceOf(DataKeyException.class);
		assertThat(listened).as("the web server started listening").isFalse();
	}

}
