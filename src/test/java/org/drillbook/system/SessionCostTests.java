package org.drillbook.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.drillbook.HttpSession;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeping sessions in PostgreSQL costs a request: every statement the application
 * prepares is seen, and those that touch the session store or the accounts are counted
 * for one ordinary page of a signed-in user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionCostTests.Statements.class)
class SessionCostTests {

	static final List<String> prepared = new CopyOnWriteArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void aSignedInRequestReadsItsSessionByItsIdAndTouchesNoAccount() throws Exception {
		DrillbookUser admin = this.data.admin();
		HttpSession browser = new HttpSession();
		browser.signIn(this.port, admin.getUsername(), TestData.PASSWORD);
		assertThat(browser.get(this.port, "/units").statusCode()).isEqualTo(200);

		prepared.clear();
		assertThat(browser.get(this.port, "/units").statusCode()).isEqualTo(200);
		List<String> sessionReads = touching("spring_session", "select");
		List<String> sessionWrites = touching("spring_session", "update", "insert", "delete");
		// Spring Session reads the session by its unique id once; the second read its
		// filter makes after saving it is answered from the request (SessionReadOnce)
		assertThat(sessionReads).as("reads of the session store")
			.hasSize(1)
			.allSatisfy((sql) -> assertThat(sql).contains("where s.session_id = ?"));
		assertThat(sessionWrites).as("writes to the session store").hasSize(1);
		assertThat(sessionWrites.get(0)).contains("last_access_time = ?").endsWith("where primary_id = ?");
		assertThat(touching("ended_session")).isEmpty();
		assertThat(touching("user_account")).as("the account is not looked up for the session").isEmpty();
	}

	@Test
	void aLanguageAskedForAgainChangesNothing() throws Exception {
		DrillbookUser admin = this.data.admin();
		HttpSession browser = new HttpSession();
		browser.signIn(this.port, admin.getUsername(), TestData.PASSWORD);
		assertThat(browser.get(this.port, "/units?lang=pl").statusCode()).isEqualTo(200);

		prepared.clear();
		assertThat(browser.get(this.port, "/units?lang=pl").body()).contains("lang=\"pl\"");
		assertThat(touching("spring_session", "update", "insert", "delete")).as("writes to the session store")
			.hasSize(1)
			.allSatisfy((sql) -> assertThat(sql).contains("last_access_time = ?"));
		assertThat(touching("user_account")).as("the account's language is already that").isEmpty();
	}

	private static List<String> touching(String table, String... verbs) {
		return prepared.stream()
			.map((sql) -> sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip())
			.filter((sql) -> sql.contains(table))
			.filter((sql) -> verbs.length == 0 || List.of(verbs).stream().anyMatch(sql::startsWith))
			.toList();
	}

	/** Notes the SQL of every statement prepared on the application's connections. */
	@TestConfiguration
	static class Statements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource source)) {
						return bean;
					}
					InvocationHandler connections = (proxy, method, args) -> {
						Object result = method.invoke(source, args);
						return (result instanceof Connection connection) ? noting(connection) : result;
					};
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(),
							new Class<?>[] { DataSource.class }, connections);
				}
			};
		}

		private static Connection noting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
								&& args != null && args[0] instanceof String sql) {
							prepared.add(sql);
						}
						try {
							return method.invoke(connection, args);
						}
						catch (java.lang.reflect.InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
