package org.drillbook.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.drillbook.HttpSession;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session at the same moment (a page and its htmx requests, two tabs
 * changing the language) each read the session, each add the same attribute and each save
 * it. Spring Session's store inserted the attribute twice and the later request failed on
 * the primary key, a 500 (the benchmark found it: eight connections of one session asking
 * for a language). It now writes an attribute as an upsert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class SessionStoreTests {

	@Autowired
	JdbcIndexedSessionRepository store;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeToOneSessionBothSave() {
		SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) this.store;
		Session session = sessions.createSession();
		sessions.save(session);
		Session first = sessions.findById(session.getId());
		Session second = sessions.findById(session.getId());
		first.setAttribute("locale", "pl");
		second.setAttribute("locale", "uk");
		sessions.save(first);
		sessions.save(second);
		assertThat(sessions.findById(session.getId()).<String>getAttribute("locale")).isEqualTo("uk");
		sessions.deleteById(session.getId());
	}

	@Test
	void eightPagesOfOneSessionAskingForALanguageAtOnceAllAnswer() throws Exception {
		DrillbookUser admin = this.data.admin();
		long version = this.jdbc.queryForObject("select version from user_account where id = ?", Long.class,
				admin.id());
		HttpSession browser = new HttpSession();
		browser.signIn(this.port, admin.getUsername(), TestData.PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> browser.get(this.port, "/units?lang=pl").statusCode()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select version from user_account where id = ?", Long.class, admin.id()))
			.as("a language chosen is a preference, not an edit an admin's form would conflict with")
			.isEqualTo(version);
		HttpSession later = new HttpSession();
		later.signIn(this.port, admin.getUsername(), TestData.PASSWORD);
		assertThat(later.get(this.port, "/units").body()).as("restored at the next sign-in").contains("lang=\"pl\"");
	}

}
