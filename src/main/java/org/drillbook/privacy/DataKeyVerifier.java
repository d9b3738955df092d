package org.drillbook.privacy;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a data key other than the one the identities were encrypted with:
 * better a clear failure at startup than errors on every recruit's page. Runs once every
 * bean exists (Flyway has migrated) and before the web server starts listening, so no
 * request is ever served with the wrong key.
 */
@Component
class DataKeyVerifier implements SmartInitializingSingleton {

	static final String CANARY = "drillbook-data-key-check";

	/**
	 * {@code -Dspring.context.exit=onRefresh}: Spring's training run for class data
	 * sharing.
	 */
	private static final String TRAINING_RUN = "onRefresh";

	private static final Log log = LogFactory.getLog(DataKeyVerifier.class);

	private final IdentityCipher cipher;

	private final JdbcTemplate jdbc;

	DataKeyVerifier(IdentityCipher cipher, JdbcTemplate jdbc) {
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (TRAINING_RUN.equals(System.getProperty("spring.context.exit"))) {
			// a class-data-sharing training run (the Docker image's build) starts the
			// context without a database and stops before serving: nothing to verify
			return;
		}
		List<String> stored = this.jdbc.queryForList("select canary from data_key_check where id = 1", String.class);
		if (stored.isEmpty()) {
			this.jdbc.update("insert into data_key_check (id, canary) values (1, ?) on conflict (id) do nothing",
					this.cipher.encrypt(CANARY));
			return;
		}
		verify(stored.get(0));
	}

	void verify(String stored) {
		String decrypted;
		try {
			decrypted = this.cipher.decrypt(stored);
		}
		catch (DataKeyException ex) {
			throw new DataKeyException("The configured data key is not the one this database's identities were"
					+ " encrypted with. Restore the right DRILLBOOK_DATA_KEY or DRILLBOOK_DATA_KEY_FILE; do not"
					+ " delete the data_key_check row unless the identities are lost anyway.");
		}
		if (!CANARY.equals(decrypted)) {
			throw new DataKeyException("The data key check holds an unexpected value.");
		}
		log.info("The data key matches the stored identities.");
	}

}
