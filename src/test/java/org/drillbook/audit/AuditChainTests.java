package org.drillbook.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The chain as the application writes it, in the shared test database. */
@DrillbookIntegrationTest
class AuditChainTests {

	@Autowired
	AuditService audit;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void eventsWrittenAtOnceByManyTransactionsMakeOneUnbrokenChain() throws Exception {
		long before = this.jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				int n = i;
				work.add(() -> {
					if (n % 3 == 0) {
						// several events in one transaction, linked in the order written
						this.transactions.executeWithoutResult((status) -> {
							this.audit.record("chain-" + n, AuditAction.UNIT_UPDATED, AuditRecordType.UNIT, n,
									Changes.of().set("name", "A" + n));
							this.audit.record("chain-" + n, AuditAction.UNIT_UPDATED, AuditRecordType.UNIT, n,
									Changes.of().set("name", "B" + n));
						});
					}
					else {
						this.audit.recordSecurityEvent("chain-" + n, AuditAction.LOGIN_SUCCESS, null, null, null);
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long after = this.jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
		assertThat(after - before).isGreaterThanOrEqualTo(80);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where chain_seq is null", Long.class))
			.isZero();
		AuditChainReport report = this.audit.verifyChain();
		assertThat(report.intact()).as("%s", report).isTrue();
		assertThat(report.checked()).isEqualTo(report.headSeq()).isGreaterThanOrEqualTo(after);
		// within a transaction, the order written
		List<String> names = this.jdbc.queryForList(
				"select summary from audit_event where actor = 'chain-3' " + "order by chain_seq", String.class);
		assertThat(names).hasSize(2);
		assertThat(names.get(0)).contains("A3");
	}

	@Test
	void anAdminVerifiesTheTrailOnItsPageAndTheVerificationIsAudited() {
		DrillbookUser admin = this.data.admin();
		DrillbookUser instructor = this.data.instructor();
		assertThat(this.mvc.get().uri("/audit?lang=pl").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Zweryfikuj dziennik");
		assertThat(this.mvc.get().uri("/audit/chain").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Verify now")
			.doesNotContain("intact");
		assertThat(this.mvc.post().uri("/audit/chain").with(user(admin)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("The audit trail is intact", "Newest link");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'AUDIT_VERIFIED' and actor = ? and details like ?",
				Integer.class, admin.getUsername(), "%intact%"))
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/audit/chain").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/audit/chain").with(user(instructor)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
