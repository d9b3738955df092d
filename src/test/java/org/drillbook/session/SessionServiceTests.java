package org.drillbook.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class SessionServiceTests {

	@Autowired
	SessionService sessions;

	@Autowired
	org.drillbook.session.RangeLogService rangeLog;

	@Autowired
	RangeSheetService rangeSheet;

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private long platoon;

	private long squad;

	private long recruit;

	private long timed;

	private long hits;

	private DrillbookUser instructor;

	@BeforeEach
	void range() {
		this.platoon = this.data.unit(null);
		this.squad = this.data.unit(this.platoon);
		this.recruit = this.data.recruit(this.squad);
		this.timed = this.drillTypes.define(DrillTypeDefinition.timed(TestData.unique("Reload "),
				DrillCategory.WEAPON_HANDLING, null, new BigDecimal("6.0"), 4, "rifle"));
		this.hits = this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Group "), DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"));
		this.instructor = this.data.instructor(this.platoon);
	}

	@Test
	void anInstructorPlansOpensLogsAndSignsOff() {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);

		LogSheet sheet = this.rangeSheet.logSheet(id, this.instructor);
		assertThat(sheet.cards()).extracting(LogCard::recruitId).containsExactly(this.recruit);

		LogCard card = this.rangeLog.recordCard(id, this.recruit,
				new CardEntry(AttendanceStatus.PRESENT,
						Map.of(this.timed, new BigDecimal("6.00"), this.hits, new BigDecimal("3")),
						Map.of(this.hits, 5), UUID.randomUUID()),
				this.instructor);
		assertThat(card.attendance()).isEqualTo(AttendanceStatus.PRESENT);
		assertThat(card.resultsFor(this.timed)).singleElement().satisfies((r) -> assertThat(r.passed()).isTrue());
		assertThat(card.resultsFor(this.hits)).singleElement().satisfies((r) -> {
			assertThat(r.passed()).isFalse();
			assertThat(r.roundsFired()).isEqualTo(5);
		});

		this.sessions.signOff(id, version(id), this.instructor);
		SessionDetails signed = this.sessions.details(id, this.instructor);
		assertThat(signed.status()).isEqualTo(SessionStatus.SIGNED_OFF);
		assertThat(signed.signedOffBy()).isEqualTo(this.instructor.getUsername());
		assertThatThrownBy(() -> this.rangeLog.recordCard(id, this.recruit,
				new CardEntry(null, Map.of(this.timed, BigDecimal.ONE), null, UUID.randomUUID()), this.instructor))
			.hasMessage("session.error.notOpen");
	}

	@Test
	void theSameSubmissionTwiceRecordsOnceAndTwoInstructorsLoseNothing() {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);
		CardEntry entry = new CardEntry(AttendanceStatus.LATE, Map.of(this.timed, new BigDecimal("5.2")), null,
				UUID.randomUUID());
		this.rangeLog.recordCard(id, this.recruit, entry, this.instructor);
		LogCard again = this.rangeLog.recordCard(id, this.recruit, entry, this.instructor);
		assertThat(again.resultsFor(this.timed)).hasSize(1);

		DrillbookUser colleague = this.data.instructor(this.platoon);
		this.rangeLog.recordCard(id, this.recruit,
				new CardEntry(null, Map.of(this.timed, new BigDecimal("6.5")), null, UUID.randomUUID()), colleague);
		LogCard both = this.rangeSheet.logSheet(id, this.instructor).cards().get(0);
		assertThat(both.resultsFor(this.timed)).extracting(ResultRow::passed).containsExactly(true, false);
		assertThat(both.resultsFor(this.timed)).extracting(ResultRow::recordedBy)
			.containsExactly(this.instructor.getUsername(), colleague.getUsername());
	}

	@Test
	void resultsNeedAPresentRecruitAndAValueTheStandardAllows() {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);
		assertThatThrownBy(
				() -> this.rangeLog.recordCard(id, this.recruit,
						new CardEntry(AttendanceStatus.ABSENT, AbsenceReason.SICK, null,
								Map.of(this.timed, BigDecimal.ONE), null, UUID.randomUUID()),
						this.instructor))
			.hasMessage("session.error.notPresent");
		assertThatThrownBy(() -> this.rangeLog.recordCard(id, this.recruit,
				new CardEntry(AttendanceStatus.ABSENT, null, null, UUID.randomUUID()), this.instructor))
			.hasMessage("session.error.reasonNeeded");
		assertThatThrownBy(() -> this.rangeLog.recordCard(id, this.recruit, new CardEntry(AttendanceStatus.PRESENT,
				Map.of(this.hits, new BigDecimal("6")), null, UUID.randomUUID()), this.instructor))
			.hasMessage("session.error.valueOutOfRange");
		long other = this.data.recruit(this.data.unit(null));
		assertThatThrownBy(() -> this.rangeLog.recordCard(id, other,
				new CardEntry(AttendanceStatus.PRESENT, null, null, UUID.randomUUID()), this.instructor))
			.hasMessage("session.error.notOnRoster");
	}

	@Test
	void instructorsWorkOnlyForTheirUnits() {
		DrillbookUser stranger = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> plan(stranger)).isInstanceOf(AccessDeniedException.class);
		long id = plan(this.instructor);
		assertThatThrownBy(() -> this.sessions.details(id, stranger)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.rangeSheet.logSheet(id, stranger)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.sessions.open(id, version(id), stranger))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.sessions.details(id, this.data.armorer()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.sessions.list(null, true, false, PageRequest.of(0, 100), stranger).getContent())
			.noneMatch((s) -> s.id() == id);
		assertThat(this.sessions.list(null, true, true, PageRequest.of(0, 100), this.instructor).getContent())
			.anyMatch((s) -> s.id() == id);
	}

	@Test
	void onlyAnAdminReopensASignedOffSessionAndTheReasonIsKept() {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);
		assertThatThrownBy(() -> this.sessions.signOff(id, version(id), this.instructor))
			.hasMessage("session.error.nothingLogged");
		this.rangeLog.recordCard(id, this.recruit,
				new CardEntry(AttendanceStatus.PRESENT, null, null, UUID.randomUUID()), this.instructor);
		this.sessions.signOff(id, version(id), this.instructor);
		assertThatThrownBy(() -> this.sessions.reopen(id, "typo", version(id), this.instructor))
			.isInstanceOf(AccessDeniedException.class);
		DrillbookUser admin = this.data.admin();
		assertThatThrownBy(() -> this.sessions.reopen(id, " ", version(id), admin))
			.hasMessage("session.error.reasonRequired");
		this.sessions.reopen(id, "a result was typed for the wrong recruit", version(id), admin);
		assertThat(this.sessions.details(id, admin).status()).isEqualTo(SessionStatus.OPEN);
		assertThat(this.jdbc.queryForObject("select reason from drill_session_reopening where session_id = ?",
				String.class, id))
			.isEqualTo("a result was typed for the wrong recruit");
	}

	@Test
	void retiredDrillsAreNotOfferedToNewSessions() {
		this.drillTypes.retire(this.hits, this.drillTypes.find(this.hits).version(), this.data.admin());
		assertThatThrownBy(() -> plan(this.instructor)).hasMessage("session.error.retiredDrill");
	}

	@Test
	void aGuestFromAnotherUnitJoinsAndGetsResults() {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);
		String guestCallSign = TestData.unique("Guest");
		long guest = this.data.recruit(guestCallSign, this.data.unit(null));
		assertThatThrownBy(() -> this.rangeLog.addGuest(id, "no such call sign", this.instructor))
			.hasMessage("session.error.noSuchCallSign");
		this.rangeLog.addGuest(id, guestCallSign.toLowerCase(), this.instructor);
		LogCard card = this.rangeLog.recordCard(id, guest, new CardEntry(AttendanceStatus.PRESENT,
				Map.of(this.timed, new BigDecimal("5")), null, UUID.randomUUID()), this.instructor);
		assertThat(card.guest()).isTrue();
		assertThat(card.callSign()).isEqualTo(guestCallSign);
		assertThat(card.resultsFor(this.timed)).hasSize(1);
	}

	@Test
	void onlyEnabledInstructorsAndAdminsLeadOrAssist() {
		DrillbookUser armorer = this.data.armorer();
		assertThatThrownBy(() -> this.sessions.plan(new SessionPlan(this.platoon, Instant.now().plusSeconds(3600),
				"Range 3", Set.of(this.timed), armorer.id(), Set.of()), this.instructor))
			.isInstanceOf(IllegalSessionChangeException.class)
			.hasMessage("session.error.notATrainer");
		assertThatThrownBy(() -> this.sessions.plan(new SessionPlan(this.platoon, Instant.now().plusSeconds(3600),
				"Range 3", Set.of(this.timed), this.instructor.id(), Set.of(armorer.id())), this.instructor))
			.isInstanceOf(IllegalSessionChangeException.class);
		DrillbookUser newestAdmin = this.data.admin();
		assertThat(this.sessions.plan(new SessionPlan(this.platoon, Instant.now().plusSeconds(3600), "Range 3",
				Set.of(this.timed), newestAdmin.id(), Set.of(this.instructor.id())), this.instructor))
			.as("any admin may lead, however many accounts there are")
			.isPositive();
	}

	@Test
	void theDashboardListsTodayAndTomorrowOfTheReadersUnitsOnly() {
		long soon = planAt(this.platoon, Instant.now().plusSeconds(3600));
		long inSquad = planAt(this.squad, Instant.now().plusSeconds(7200));
		planAt(this.platoon, Instant.now().plus(java.time.Duration.ofDays(3)));
		planAt(this.platoon, Instant.now().minus(java.time.Duration.ofDays(2)));
		long elsewhere = this.data.unit(null);
		long other = this.sessions.plan(new SessionPlan(elsewhere, Instant.now().plusSeconds(3600), "Range 9",
				Set.of(this.timed), this.data.admin().id(), Set.of()), this.data.admin());

		assertThat(this.sessions.todayAndTomorrow(this.instructor)).extracting(SessionRow::id)
			.containsExactly(soon, inSquad);
		assertThat(this.sessions.todayAndTomorrow(this.data.instructor(elsewhere))).extracting(SessionRow::id)
			.containsExactly(other);
		assertThat(this.sessions.todayAndTomorrow(this.data.admin())).isNotEmpty()
			.hasSizeLessThanOrEqualTo(SessionService.SOON_LIMIT);
		assertThat(this.sessions.todayAndTomorrow(this.data.armorer())).isEmpty();
	}

	@Test
	void sessionsAtTheSameMinuteArePagedWithoutRepeatsOrGaps() {
		Instant at = Instant.now()
			.plus(java.time.Duration.ofDays(9))
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		List<Long> planned = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			planned.add(planAt(this.platoon, at));
		}
		Set<Long> seen = new HashSet<>();
		org.springframework.data.domain.Page<SessionRow> page;
		int number = 0;
		do {
			page = this.sessions.list(this.platoon, true, null, PageRequest.of(number++, 7), this.instructor);
			for (SessionRow row : page) {
				assertThat(seen.add(row.id())).as("no session on two pages").isTrue();
			}
		}
		while (page.hasNext());
		assertThat(seen).containsAll(planned);
	}

	@Test
	void theArmoryPagesThroughEveryOneOfTodaysAndTomorrowsSessions() {
		List<Long> planned = new ArrayList<>();
		for (int i = 0; i < SessionService.SOON_LIMIT + 5; i++) {
			planned.add(planAt(this.platoon, Instant.now().plusSeconds(600 + i)));
		}
		planAt(this.platoon, Instant.now().plus(java.time.Duration.ofDays(3)));
		DrillbookUser armorer = this.data.armorer();

		Set<Long> seen = new HashSet<>();
		Instant previous = Instant.MIN;
		Slice<SessionRow> page;
		int number = 0;
		do {
			page = this.sessions.soonForArmory(number++, armorer);
			assertThat(page.getNumberOfElements()).isLessThanOrEqualTo(SessionService.SOON_LIMIT);
			for (SessionRow row : page) {
				assertThat(row.startsAt()).as("soonest first, across pages").isAfterOrEqualTo(previous);
				previous = row.startsAt();
				assertThat(seen.add(row.id())).as("no session on two pages").isTrue();
			}
		}
		while (page.hasNext());
		assertThat(seen).containsAll(planned);
		assertThat(this.sessions.soonForArmory(-3, armorer).getNumber()).isZero();
		assertThat(this.sessions.soonForArmory(Integer.MAX_VALUE, armorer).getNumber())
			.isEqualTo(SessionService.SOON_PAGES);
		assertThatThrownBy(() -> this.sessions.soonForArmory(0, this.instructor))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void twoInstructorsSavingTheSameRecruitAtTheSameMomentBothSucceed() throws Exception {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);
		DrillbookUser colleague = this.data.instructor(this.platoon);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
				List<java.util.concurrent.Future<LogCard>> saves = new java.util.ArrayList<>();
				for (DrillbookUser who : List.of(this.instructor, colleague)) {
					saves.add(pool.submit(() -> {
						together.await();
						return this.rangeLog.recordCard(id, this.recruit,
								new CardEntry((who == colleague) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT,
										Map.of(this.timed, new BigDecimal("5.0")), null, UUID.randomUUID()),
								who);
					}));
				}
				for (java.util.concurrent.Future<LogCard> save : saves) {
					assertThat(save.get().resultsFor(this.timed)).isNotEmpty();
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from attendance where session_id = ?", Integer.class, id))
			.isEqualTo(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class, id))
			.isEqualTo(20);
	}

	/**
	 * The same entry sent twice at once (two tabs sending what waited on one device): the
	 * second is held until the first is committed, then finds its attempts and records
	 * nothing, and both are answered with the row, not an error.
	 */
	@Test
	void theSameSubmissionSentTwiceAtOnceRecordsOnceAndAnswersBoth() throws Exception {
		long id = plan(this.instructor);
		this.sessions.open(id, version(id), this.instructor);
		CardEntry entry = new CardEntry(AttendanceStatus.PRESENT, Map.of(this.timed, new BigDecimal("5.0")), null,
				UUID.randomUUID());
		java.util.concurrent.CountDownLatch firstSaved = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			// the first is saved but not yet committed when the second arrives
			java.util.concurrent.Future<LogCard> first = pool
				.submit(() -> new TransactionTemplate(this.transactions).execute((status) -> {
					LogCard card = this.rangeLog.recordCard(id, this.recruit, entry, this.instructor);
					firstSaved.countDown();
					try {
						commit.await(60, java.util.concurrent.TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return card;
				}));
			assertThat(firstSaved.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			java.util.concurrent.Future<LogCard> second = pool
				.submit(() -> this.rangeLog.recordCard(id, this.recruit, entry, this.instructor));
			// the second waits for the first's transaction (on the entry's key; without
			// it, on the first's attendance row and then the attempts' unique key)
			long waited = System.nanoTime();
			while (this.jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
					+ " and wait_event_type = 'Lock'", Integer.class) == 0) {
				assertThat(System.nanoTime() - waited).as("the second waits").isLessThan(60_000_000_000L);
				Thread.sleep(20);
			}
			commit.countDown();
			assertThat(first.get(60, java.util.concurrent.TimeUnit.SECONDS).resultsFor(this.timed)).hasSize(1);
			assertThat(second.get(60, java.util.concurrent.TimeUnit.SECONDS).resultsFor(this.timed)).hasSize(1);
		}
		finally {
			commit.countDown();
			pool.shutdown();
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	private long planAt(long unit, Instant startsAt) {
		return this.sessions.plan(
				new SessionPlan(unit, startsAt, "Range 3", Set.of(this.timed), this.instructor.id(), Set.of()),
				this.instructor);
	}

	private long plan(DrillbookUser who) {
		return this.sessions.plan(new SessionPlan(this.platoon, Instant.now().plusSeconds(3600), "Range 3",
				Set.of(this.timed, this.hits), this.instructor.id(), Set.of()), who);
	}

	private long version(long id) {
		return this.sessions.details(id, this.data.admin()).version();
	}

}
