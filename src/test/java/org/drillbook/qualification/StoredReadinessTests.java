package org.drillbook.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.internal.StoredReadiness;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RosterService;
import org.drillbook.session.SessionService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The standings and counts kept with the data (V33) stay what a computation from scratch
 * says, through every kind of change: sign-off, reopening, transfers (one dated next
 * week), a unit's move, a qualification's revision, retirement and reinstatement, and a
 * change of the range's zone.
 */
@DrillbookIntegrationTest
class StoredReadinessTests {

	private static final BigDecimal PASS = BigDecimal.ONE;

	private static final BigDecimal FAIL = BigDecimal.ZERO;

	@Autowired
	QualificationService qualifications;

	@Autowired
	ReadinessService readiness;

	@Autowired
	StandingCalculator calculator;

	@Autowired
	StoredReadiness stored;

	@Autowired
	StandingBasis basis;

	@Autowired
	SessionService sessions;

	@Autowired
	RosterService rosters;

	@Autowired
	UnitService units;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyChangeKeepsTheStoredStandingsAndCountsTrue() {
		DrillbookUser admin = this.data.admin();
		LocalDate today = this.data.today();
		long battalion = this.data.unit(null);
		long alpha = this.data.unit(battalion);
		long bravo = this.data.unit(battalion);
		long platoon = this.data.unit(alpha);
		long r1 = this.data.recruit(platoon);
		long r2 = this.data.recruit(platoon);
		long r3 = this.data.recruit(platoon);
		long r4 = this.data.recruit(platoon);
		long r5 = this.data.recruit(bravo);
		List<Long> recruits = List.of(r1, r2, r3, r4, r5);
		List<Long> shown = List.of(battalion, alpha, bravo, platoon);
		long rifle = this.data.drillType();
		long aid = this.data.drillType();
		long q1 = this.qualifications.define(new QualificationDefinition(TestData.unique("Rifle "), null,
				List.of(new Requirement(rifle, QualificationRule.PASSES, 2, 120))), admin);
		long q2 = this.qualifications.define(new QualificationDefinition(TestData.unique("Aid "), null,
				List.of(new Requirement(aid, QualificationRule.LAST_ATTEMPT, 1, 60),
						new Requirement(rifle, QualificationRule.PASSES, 1, 365))),
				admin);
		this.data.signedOffSession(platoon, today.minusDays(100), rifle, Map.of(r1, PASS, r2, PASS, r3, FAIL));
		long second = this.data.signedOffSession(platoon, today.minusDays(20), rifle,
				Map.of(r1, PASS, r2, FAIL, r4, PASS));
		this.data.signedOffSession(battalion, today.minusDays(5), aid, Map.of(r1, PASS, r2, FAIL, r5, PASS));
		this.data.signedOffSession(battalion, today.minusDays(200), rifle, Map.of(r5, PASS));
		assertConsistent(recruits, shown, admin);
		assertThat(stored(r1)).containsOnlyKeys(q1, q2);
		assertThat(stored(r4)).isEmpty();

		this.sessions.reopen(second, "typed into the wrong session", version("drill_session", second), admin);
		assertConsistent(recruits, shown, admin);
		assertThat(stored(r1)).containsOnlyKeys(q2);
		this.sessions.signOff(second, version("drill_session", second), admin);
		assertConsistent(recruits, shown, admin);
		assertThat(stored(r1)).containsOnlyKeys(q1, q2);

		// one transfer today, one planned for next week: r2 still counts in the platoon
		this.rosters.transfer(r1, bravo, Position.MEMBER, today, version("recruit", r1), admin);
		this.rosters.transfer(r2, bravo, Position.MEDIC, today.plusDays(7), version("recruit", r2), admin);
		assertConsistent(recruits, shown, admin);
		assertThat(this.readiness.ofUnit(platoon, admin).members()).isEqualTo(3);
		assertThat(this.readiness.ofUnit(bravo, admin).members()).isEqualTo(2);
		assertThat(this.readiness.ofUnit(battalion, admin).members()).isEqualTo(5);

		// the platoon moves from alpha to bravo, with its members and their standings
		this.units.update(platoon, "Moved platoon", bravo, version("unit", platoon), admin);
		assertConsistent(recruits, shown, admin);
		assertThat(this.readiness.ofUnit(alpha, admin).members()).isZero();
		assertThat(this.readiness.ofUnit(bravo, admin).members()).isEqualTo(5);

		this.qualifications.redefine(q1,
				new QualificationDefinition(this.name(q1), null,
						List.of(new Requirement(rifle, QualificationRule.PASSES, 1, 30))),
				"shorter", version("qualification", q1), admin);
		assertConsistent(recruits, shown, admin);
		assertThat(stored(r4)).containsOnlyKeys(q1);

		this.qualifications.retire(q2, version("qualification", q2), admin);
		assertThat(this.jdbc.queryForObject("select count(*) from recruit_standing where qualification_id = ?",
				Long.class, q2))
			.isZero();
		assertConsistent(recruits, shown, admin);
		this.qualifications.reinstate(q2, version("qualification", q2), admin);
		assertConsistent(recruits, shown, admin);
		assertThat(stored(r5)).containsKey(q2);
	}

	@Test
	void resultsWrittenInBulkToSignedOffSessionsAreStoredAsJavaComputesThem() {
		DrillbookUser admin = this.data.admin();
		TestData.Battalion battalion = this.data.battalion(300, (i) -> org.drillbook.recruit.RecruitStatus.IN_TRAINING);
		long rifle = this.data.drillType();
		long aid = this.data.drillType();
		this.qualifications.define(new QualificationDefinition(TestData.unique("Rifle "), null,
				List.of(new Requirement(rifle, QualificationRule.PASSES, 3, 60))), admin);
		this.qualifications.define(new QualificationDefinition(TestData.unique("Aid "), null,
				List.of(new Requirement(aid, QualificationRule.LAST_ATTEMPT, 1, 30),
						new Requirement(rifle, QualificationRule.PASSES, 1, 90))),
				admin);
		for (long squad : battalion.squadIds()) {
			this.jdbc.update(
					"""
							insert into drill_session (id, unit_id, starts_at, location, status, lead_instructor_id, created_at)
							select nextval('drill_session_seq'), ?, now() - make_interval(days => 9 * w + cast(? % 7 as int)), 'Range',
							       'SIGNED_OFF', ?, now()
							from generate_series(1, 12) w
							""",
					squad, squad, admin.id());
		}
		// one statement for every result, as an import or a benchmark writes them
		this.jdbc.update(
				"""
						insert into drill_result (id, session_id, recruit_id, drill_type_id, measured_value, passed, recorded_by,
						                          recorded_at, submission_key)
						select nextval('drill_result_seq'), s.id, m.recruit_id, d.id, 1, (m.recruit_id * 7 + s.id + d.id) % 3 <> 0,
						       'test', s.starts_at, gen_random_uuid()
						from drill_session s
						join membership m on m.unit_id = s.unit_id and m.valid_to is null
						cross join (select unnest(array[?, ?]::bigint[]) as id) d
						where s.unit_id = any(?)
						""",
				rifle, aid, battalion.squadIds().toArray(Long[]::new));
		List<Long> members = this.jdbc.queryForList(
				"select m.recruit_id from membership m where m.unit_id = any(?) and m.valid_to is null", Long.class,
				(Object) battalion.squadIds().toArray(Long[]::new));
		assertThat(members).hasSize(300);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct valid_until) from recruit_standing where recruit_id = any(?)", Long.class,
				(Object) members.toArray(Long[]::new)))
			.as("a variety of days")
			.isGreaterThan(5);
		assertConsistent(members, List.of(battalion.id()), admin);
	}

	@Test
	void theCardShowsTheSoonestLapsesAndSaysHowManyTheCsvHolds() {
		DrillbookUser admin = this.data.admin();
		LocalDate today = this.data.today();
		long unit = this.data.unit(null);
		long drill = this.data.drillType();
		this.qualifications.define(new QualificationDefinition(TestData.unique("Soon "), null,
				List.of(new Requirement(drill, QualificationRule.PASSES, 1, 28))), admin);
		// they lapse late in the warning window, so other tests' lapses still come first
		Map<Long, BigDecimal> passes = new HashMap<>();
		int lapsing = ReadinessService.EXPIRING_SHOWN + 5;
		for (int i = 0; i < lapsing; i++) {
			passes.put(this.data.recruit(unit), PASS);
		}
		this.data.signedOffSession(unit, today.minusDays(3), drill, passes);
		DrillbookUser instructor = this.data.instructor(unit);

		ExpiringAlerts soonest = this.readiness.expiringSoonest(instructor);
		assertThat(soonest.shown()).isEqualTo(ReadinessService.EXPIRING_SHOWN);
		assertThat(soonest.total()).isEqualTo(lapsing);
		assertThat(soonest.alerts()).singleElement()
			.satisfies((alert) -> assertThat(alert.standings()).hasSize(ReadinessService.EXPIRING_SHOWN));
		assertThat(this.readiness.expiring(instructor)).singleElement()
			.satisfies((alert) -> assertThat(alert.standings()).hasSize(lapsing));
		assertThat(this.mvc.get().uri("/readiness/expiring").with(user(instructor))).bodyText()
			.contains("The " + ReadinessService.EXPIRING_SHOWN + " soonest of " + lapsing + " are shown");
		assertThat(this.mvc.get().uri("/readiness/expiring.csv").with(user(instructor))).bodyText()
			.satisfies((csv) -> assertThat(csv.lines()).hasSize(lapsing + 1));
	}

	@Test
	void anotherZoneAtStartRecomputesEveryStanding() {
		DrillbookUser admin = this.data.admin();
		LocalDate today = this.data.today();
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.data.drillType();
		long q = this.qualifications.define(new QualificationDefinition(TestData.unique("Night "), null,
				List.of(new Requirement(drill, QualificationRule.PASSES, 1, 10))), admin);
		long session = this.data.signedOffSession(unit, today.minusDays(3), drill, Map.of(recruit, PASS));
		// half past midnight on the range is still the day before in UTC
		this.jdbc.update("update drill_session set starts_at = ? where id = ?", java.sql.Timestamp
			.from(today.minusDays(3).atTime(0, 30).atZone(ZoneId.of("Europe/Warsaw")).toInstant()), session);
		assertThat(stored(recruit)).containsEntry(q, today.plusDays(7));
		this.transaction.executeWithoutResult((status) -> this.stored.recomputeIn("UTC"));
		assertThat(stored(recruit)).containsEntry(q, today.plusDays(6));

		this.basis.afterSingletonsInstantiated();

		assertThat(this.jdbc.queryForObject("select zone from standing_basis", String.class))
			.isEqualTo("Europe/Warsaw");
		assertThat(stored(recruit)).containsEntry(q, today.plusDays(7));
		assertConsistent(List.of(recruit), List.of(unit), admin);
	}

	/**
	 * The stored standings of these recruits are what their results say in Java; every
	 * stored standing and count in the database is what a computation from scratch gives;
	 * the shares of these units are what their members' standings today add up to.
	 */
	private void assertConsistent(List<Long> recruits, List<Long> units, DrillbookUser admin) {
		Map<Long, String> names = this.calculator.activeQualifications();
		Map<Long, Map<Long, Standing>> computed = this.calculator.ofRecruits(recruits, names);
		for (long recruit : recruits) {
			Map<Long, LocalDate> expected = new HashMap<>();
			computed.getOrDefault(recruit, Map.of()).forEach((q, s) -> {
				if (s.validUntil() != null) {
					expected.put(q, s.validUntil());
				}
			});
			assertThat(stored(recruit)).as("standings of recruit %d", recruit).isEqualTo(expected);
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (
				    (select * from recruit_standing except select * from standing_computed(null, null))
				    union all
				    (select * from standing_computed(null, null) except select * from recruit_standing)
				) d
				""", Long.class)).as("stored standings that differ from a recomputation").isZero();
		assertThat(this.jdbc.queryForObject("""
				with fresh as (
				    select a.id as unit_id, count(*) as members
				    from membership m join unit u on u.id = m.unit_id join unit a on a.code = any (u.path)
				    where m.valid_to is null group by a.id
				)
				select count(*) from (
				    (select * from fresh except select * from unit_member_count)
				    union all (select * from unit_member_count except select * from fresh)
				) d
				""", Long.class)).as("member counts that differ from a recount").isZero();
		assertThat(this.jdbc.queryForObject("""
				with fresh as (
				    select a.id as unit_id, r.status, count(*) as members
				    from membership m join recruit r on r.id = m.recruit_id
				    join unit u on u.id = m.unit_id join unit a on a.code = any (u.path)
				    where m.valid_to is null group by a.id, r.status
				)
				select count(*) from (
				    (select * from fresh except select * from unit_status_count)
				    union all (select * from unit_status_count except select * from fresh)
				) d
				""", Long.class)).as("counts by status that differ from a recount").isZero();
		assertThat(this.jdbc.queryForObject("""
				with fresh as (
				    select a.id as unit_id, s.qualification_id, s.valid_until, count(*) as members
				    from membership m
				    join recruit_standing s on s.recruit_id = m.recruit_id
				    join unit u on u.id = m.unit_id join unit a on a.code = any (u.path)
				    where m.valid_to is null group by a.id, s.qualification_id, s.valid_until
				)
				select count(*) from (
				    (select * from fresh except select * from unit_standing_count)
				    union all (select * from unit_standing_count except select * from fresh)
				) d
				""", Long.class)).as("standing counts that differ from a recount").isZero();
		LocalDate today = this.data.today();
		for (long unit : units) {
			List<Long> members = this.jdbc.queryForList("""
					select m.recruit_id from membership m join unit d on d.id = m.unit_id
					where ? = any (d.path) and m.valid_from <= ? and (m.valid_to is null or m.valid_to > ?)
					""", Long.class, this.jdbc.queryForObject("select code from unit where id = ?", String.class, unit),
					today, today);
			Map<Long, Map<Long, Standing>> standings = this.calculator.ofRecruits(members, names);
			UnitReadiness readiness = this.readiness.ofUnit(unit, admin);
			assertThat(readiness.members()).as("members of unit %d", unit).isEqualTo(members.size());
			for (QualificationReadiness q : readiness.qualifications()) {
				Share expected = Share.NONE;
				for (long member : members) {
					expected = expected.plus(standings.get(member).get(q.qualificationId()).status());
				}
				assertThat(q.share()).as("share of unit %d in %s", unit, q.name()).isEqualTo(expected);
			}
		}
	}

	private Map<Long, LocalDate> stored(long recruit) {
		return this.jdbc
			.queryForList("select qualification_id, valid_until from recruit_standing where recruit_id = ?", recruit)
			.stream()
			.collect(Collectors.toMap((row) -> ((Number) row.get("qualification_id")).longValue(),
					(row) -> ((java.sql.Date) row.get("valid_until")).toLocalDate()));
	}

	private long version(String table, long id) {
		Set<String> tables = Set.of("drill_session", "recruit", "unit", "qualification");
		assertThat(tables).contains(table);
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private String name(long qualification) {
		return this.jdbc.queryForObject("select name from qualification where id = ?", String.class, qualification);
	}

}
