package org.drillbook.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's connections plan each statement once and never JIT-compile (see
 * application.properties): every connection of the pool, not only the first.
 */
@DrillbookIntegrationTest
class ConnectionSettingsTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyPooledConnectionKeepsItsPlansAndHasNoJit() throws SQLException {
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				Connection connection = this.dataSource.getConnection();
				held.add(connection);
				assertThat(setting(connection, "plan_cache_mode")).isEqualTo("force_generic_plan");
				assertThat(setting(connection, "jit")).isEqualTo("off");
			}
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
