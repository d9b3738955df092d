package org.drillbook.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.paging.CappedPage;
import org.drillbook.recruit.RecruitService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@DrillbookIntegrationTest
class AuditTrailTests {

	private static final String POSITION_MEMBER_PL = "Członek";

	@Autowired
	AuditService audit;

	@Autowired
	RecruitService recruits;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theTrailIsAppendOnlyEvenForTheApplicationsOwnRole() {
		this.data.unit(null);
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone else'"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void changesAreRecordedWithActorAndWhatChangedAndIdentitiesMasked() {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		long id = this.data.recruit(TestData.unique("Audit"), unit);
		long version = this.recruits.detailsForChange(id, admin).version();
		this.recruits.update(
				id, TestData.unique("Renamed"), LocalDate.of(2026, 9, 2), new IdentityDetails("Secret Name",
						LocalDate.of(1990, 1, 2), "Ukrainian", "+380 67 000 0000", "mother", "a secret note"),
				version, admin);

		List<AuditRow> events = events("Recruit", id);
		assertThat(events).extracting(AuditRow::action).contains("RECRUIT_ENLISTED", "RECRUIT_UPDATED");
		AuditRow update = events.stream().filter((e) -> e.action().equals("RECRUIT_UPDATED")).findFirst().orElseThrow();
		assertThat(update.actor()).isEqualTo(admin.getUsername());
		assertThat(update.occurredAt()).isNotNull();
		assertThat(update.summary()).contains("callSign: \"", "→", "legalName: changed (masked)",
				"personalNotes: changed (masked)", "intakeDate");
		assertThat(String.join(" ", events.stream().map(AuditRow::summary).toList())).doesNotContain("Secret Name",
				"a secret note", "Legal ", "+380");
	}

	@Test
	void signInsAndRefusalsAreRecorded() {
		DrillbookUser admin = this.data.admin();
		this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", admin.getUsername())
			.param("password", "wrong password!")
			.exchange();
		this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", admin.getUsername())
			.param("password", TestData.PASSWORD)
			.exchange();
		List<String> actions = this.jdbc.queryForList(
				"select action from audit_event where actor = ? and action like 'LOGIN%' order by id", String.class,
				admin.getUsername());
		assertThat(actions).containsExactly("LOGIN_FAILURE", "LOGIN_SUCCESS");
		assertThat(this.jdbc.queryForObject(
				"select client_address from audit_event where actor = ? and action = 'LOGIN_SUCCESS'", String.class,
				admin.getUsername()))
			.isNotBlank();
	}

	@Test
	void aLongTrailIsCountedOnlyAThousandPastThePage() {
		String actor = TestData.unique("trail");
		int events = CappedPage.COUNTED_AHEAD + 10;
		this.jdbc.update("insert into audit_event (id, occurred_at, actor, action, entity_type, entity_id, summary)"
				+ " select nextval('audit_event_seq'), now() - g * interval '1 second', ?, 'RECRUIT_UPDATED',"
				+ " 'Recruit', g::text, 'call sign changed' from generate_series(1, ?) g", actor, events);
		DrillbookUser admin = this.data.admin();
		assertThat(this.mvc.get().uri("/audit?actor={a}&lang=en", actor).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Page 1 of 10+ (1,000+ in all)");
		assertThat(this.mvc.get().uri("/audit?actor={a}&page={p}&lang=en", actor, events / 100).with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("Page 11 of 11 (1,010 in all)");
	}

	@Test
	@WithMockUser(roles = "INSTRUCTOR")
	void onlyAdminsReadTheTrail() {
		assertThatThrownBy(() -> this.audit.search(new AuditFilter(null, null, null, null, null), PageRequest.of(0, 10),
				java.time.ZoneOffset.UTC))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void adminsBrowseFilterAndExportAndTheExportIsAuditedToo() throws Exception {
		DrillbookUser admin = this.data.admin();
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		long unit = this.data.unit(null);
		assertThat(this.mvc.get().uri("/audit").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/audit.csv").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get()
			.uri("/audit?entityType=Unit&entityId={id}&actor=system&from={d}&to={d}", unit, this.data.today(),
					this.data.today())
			.with(user(admin))).hasStatusOk().bodyText().contains("Unit created");
		String csv = new String(this.mvc.get()
			.uri("/audit.csv?entityType=Unit&entityId={id}", unit)
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("UNIT_CREATED").hasLineCount(2);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
				Integer.class, admin.getUsername(), "AUDIT_EXPORTED"))
			.isEqualTo(1);
	}

	@Test
	void theTrailSpeaksTheReadersLanguageAndNamesRecordsAsPeopleKnowThem() throws Exception {
		DrillbookUser admin = this.data.admin();
		long unit = this.data.unit(null);
		String code = this.jdbc.queryForObject("select code from unit where id = ?", String.class, unit);
		long weapon = this.data.weapon();
		String serial = this.jdbc.queryForObject("select serial from weapon where id = ?", String.class, weapon);
		String callSign = TestData.unique("Holder");
		long recruit = this.data.recruit(callSign, unit);
		assertThat(this.mvc.post()
			.uri("/armory/{id}/issue", weapon)
			.with(user(admin))
			.with(csrf())
			.param("holder", callSign)).hasStatus3xxRedirection();

		String page = this.mvc.get()
			.uri("/audit?entityType=Weapon&entityId={id}&lang=uk", weapon)
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("Видано зброю", "Зброя " + weapon, "Утримувач: “" + callSign + "”",
					"Серійний номер: “" + serial + "”")
			.doesNotContain("WEAPON_ISSUED", "??");
		String unitPage = this.mvc.get()
			.uri("/audit?entityType=Recruit&entityId={id}&lang=pl", recruit)
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(unitPage).contains("Przyjęto rekruta", "Jednostka: “" + code + "”", "Funkcja: " + POSITION_MEMBER_PL)
			.doesNotContain("RECRUIT_ENLISTED", "??");
	}

	@Test
	void theFilterOffersEveryKindOfRecord() throws Exception {
		String page = this.mvc.get()
			.uri("/audit")
			.with(user(this.data.admin()))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (AuditRecordType type : AuditRecordType.values()) {
			assertThat(page).contains("<option value=\"" + type.code() + "\"");
		}
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsExplained() {
		assertThat(this.mvc.get().uri("/audit?from=2026-11-20&to=2026-11-01&lang=en").with(user(this.data.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("day is after the", "auditFilterError")
			.doesNotContain("Nothing recorded for this filter");
	}

	@Test
	void aSignInWithoutAUsernameIsRefusedAndRecorded() {
		int before = this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_FAILURE' and actor = ?", Integer.class,
				AuditService.NO_ACTOR);
		assertThat(this.mvc.post().uri("/login").with(csrf()).param("username", "").param("password", "x"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?error");
		assertThat(this.mvc.post().uri("/login").with(csrf()).param("password", "x")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_FAILURE' and actor = ?", Integer.class,
				AuditService.NO_ACTOR))
			.isEqualTo(before + 2);
	}

	private List<AuditRow> events(String type, long id) {
		return this.audit
			.search(new AuditFilter(null, type, String.valueOf(id), null, null), PageRequest.of(0, 100),
					java.time.ZoneOffset.UTC)
			.getContent();
	}

}
