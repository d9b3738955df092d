package org.drillbook.privacy;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.drillbook.TestData;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database holds ciphertext only, and another key cannot read it. */
@DrillbookIntegrationTest
class IdentityAtRestTests {

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void identityColumnsHoldCiphertext() {
		String callSign = TestData.unique("Sova");
		long id = this.data.recruit(callSign, null);
		Map<String, Object> row = this.jdbc.queryForMap("select call_sign, legal_name, date_of_birth, nationality,"
				+ " phone, emergency_contact, personal_notes from recruit where id = ?", id);
		assertThat(row.get("call_sign")).isEqualTo(callSign);
		for (String column : List.of("legal_name", "date_of_birth", "nationality", "phone", "emergency_contact",
				"personal_notes")) {
			assertThat((String) row.get(column)).as(column)
				.startsWith("v1:")
				.doesNotContain(callSign, "1990", "Ukrainian", "380", "mother");
		}
	}

	@Test
	void aWrongKeyCannotReadTheStoredIdentity() {
		long id = this.data.recruit(null);
		String stored = this.jdbc.queryForObject("select legal_name from recruit where id = ?", String.class, id);
		IdentityCipher other = new IdentityCipher(Base64.getDecoder()
			.decode(Base64.getEncoder().encodeToString("a different key of 32 bytes!!!!!".getBytes())));
		assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(DataKeyException.class);
	}

}
