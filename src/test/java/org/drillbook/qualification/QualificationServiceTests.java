package org.drillbook.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.StatusReasonRequiredException;
import org.drillbook.recruit.QualificationsMissingException;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.session.SessionService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class QualificationServiceTests {

	private static final BigDecimal PASS = BigDecimal.ONE;

	private static final BigDecimal FAIL = BigDecimal.ZERO;

	@Autowired
	QualificationService qualifications;

	@Autowired
	org.drillbook.qualification.UnitRequirementService unitRequirements;

	@Autowired
	ReadinessService readiness;

	@Autowired
	SessionService sessions;

	@Autowired
	org.drillbook.session.RangeLogService rangeLog;

	@Autowired
	RecruitService recruits;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	private DrillbookUser admin;

	private long platoon;

	private long drill;

	@BeforeEach
	void range() {
		this.admin = this.data.admin();
		this.platoon = this.data.unit(null);
		this.drill = this.data.drillType();
	}

	private long qualification(QualificationRule rule, int passes, int days) {
		return this.qualifications.define(new QualificationDefinition(TestData.unique("Q "), null,
				List.of(new Requirement(this.drill, rule, passes, days))), this.admin);
	}

	private Standing standing(long recruit, long qualification) {
		return this.readiness.ofRecruit(recruit, this.admin)
			.standings()
			.stream()
			.filter((s) -> s.qualificationId() == qualification)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void nPassesAreNeededAndTheOlderPassDecidesTheExpiry() {
		long q = qualification(QualificationRule.PASSES, 2, 365);
		long recruit = this.data.recruit(this.platoon);
		this.data.signedOffSession(this.platoon, this.today.minusDays(100), this.drill, Map.of(recruit, PASS));
		assertThat(standing(recruit, q).status()).isEqualTo(QualificationStatus.NOT_YET);
		assertThat(standing(recruit, q).shortfalls()).singleElement()
			.satisfies((s) -> assertThat(s.passesWithin()).isEqualTo(1));

		this.data.signedOffSession(this.platoon, this.today.minusDays(50), this.drill, Map.of(recruit, FAIL));
		assertThat(standing(recruit, q).status()).isEqualTo(QualificationStatus.NOT_YET);

		this.data.signedOffSession(this.platoon, this.today.minusDays(10), this.drill, Map.of(recruit, PASS));
		Standing qualified = standing(recruit, q);
		assertThat(qualified.status()).isEqualTo(QualificationStatus.QUALIFIED);
		assertThat(qualified.validUntil()).isEqualTo(this.today.minusDays(100).plusDays(365));
	}

	@Test
	void expiresTodayIsStillHeldAndExpiredYesterdayIsNot() {
		long q = qualification(QualificationRule.PASSES, 1, 30);
		long today = this.data.recruit(this.platoon);
		long yesterday = this.data.recruit(this.platoon);
		this.data.signedOffSession(this.platoon, this.today.minusDays(30), this.drill, Map.of(today, PASS));
		this.data.signedOffSession(this.platoon, this.today.minusDays(31), this.drill, Map.of(yesterday, PASS));

		assertThat(standing(today, q).status()).isEqualTo(QualificationStatus.EXPIRING);
		assertThat(standing(today, q).validUntil()).isEqualTo(this.today);
		assertThat(standing(yesterday, q).status()).isEqualTo(QualificationStatus.EXPIRED);
		assertThat(standing(yesterday, q).validUntil()).isEqualTo(this.today.minusDays(1));
	}

	@Test
	void aReopenedSessionStopsCountingAndACorrectedResultCountsAsCorrected() {
		long q = qualification(QualificationRule.LAST_ATTEMPT, 1, 365);
		long recruit = this.data.recruit(this.platoon);
		long session = this.data.signedOffSession(this.platoon, this.today.minusDays(5), this.drill,
				Map.of(recruit, PASS));
		assertThat(standing(recruit, q).status()).isEqualTo(QualificationStatus.QUALIFIED);

		this.sessions.reopen(session, "the pass was a typo", version(session), this.admin);
		assertThat(standing(recruit, q).status()).as("results of a reopened session do not count")
			.isEqualTo(QualificationStatus.NOT_YET);

		long result = this.jdbc.queryForObject("select id from drill_result where session_id = ?", Long.class, session);
		long resultVersion = this.jdbc.queryForObject("select version from drill_result where id = ?", Long.class,
				result);
		this.rangeLog.correctResult(session, result, FAIL, null, "he missed the time", resultVersion, this.admin);
		this.sessions.signOff(session, version(session), this.admin);

		Standing corrected = standing(recruit, q);
		assertThat(corrected.status()).isEqualTo(QualificationStatus.NOT_YET);
		assertThat(corrected.shortfalls()).singleElement().satisfies((s) -> assertThat(s.lastAttemptFailed()).isTrue());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RESULT_CORRECTED'"
						+ " and entity_id = cast(? as varchar) and summary like '%he missed the time%'",
				Long.class, session))
			.isOne();
	}

	@Test
	void aDefinitionChangeAppliesFromThenOnAndIsRecorded() {
		long q = qualification(QualificationRule.PASSES, 1, 365);
		long recruit = this.data.recruit(this.platoon);
		this.data.signedOffSession(this.platoon, this.today.minusDays(20), this.drill, Map.of(recruit, PASS));
		assertThat(standing(recruit, q).status()).isEqualTo(QualificationStatus.QUALIFIED);

		QualificationRow before = this.qualifications.details(q, this.admin).qualification();
		this.qualifications.redefine(q,
				new QualificationDefinition(before.name(), "stricter",
						List.of(new Requirement(this.drill, QualificationRule.PASSES, 2, 365))),
				"two passes from now on", before.version(), this.admin);

		assertThat(standing(recruit, q).status()).isEqualTo(QualificationStatus.NOT_YET);
		QualificationDetails details = this.qualifications.details(q, this.admin);
		assertThat(details.qualification().revision()).isEqualTo(2);
		assertThat(details.revisions()).extracting(RevisionRow::revision).containsExactly(2, 1);
		assertThat(details.revisions().get(0).reason()).isEqualTo("two passes from now on");
		assertThat(details.revisions().get(1).requirements()).singleElement()
			.satisfies((r) -> assertThat(r.requirement().minPasses()).isEqualTo(1));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'QUALIFICATION_CHANGED' and entity_id = cast(? as varchar)",
				Long.class, q))
			.isOne();
		assertThatThrownBy(() -> this.qualifications.redefine(q,
				new QualificationDefinition(before.name(), null,
						List.of(new Requirement(this.drill, QualificationRule.PASSES, 3, 365))),
				null, before.version(), this.admin))
			.as("a stale form")
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void readinessSharesOnASmallKnownUnit() {
		long q = qualification(QualificationRule.PASSES, 1, 365);
		long alpha = this.data.unit(this.platoon);
		long bravo = this.data.unit(this.platoon);
		long a1 = this.data.recruit("A1" + TestData.unique(""), alpha);
		long a2 = this.data.recruit("A2" + TestData.unique(""), alpha);
		long a3 = this.data.recruit("A3" + TestData.unique(""), alpha);
		long b1 = this.data.recruit("B1" + TestData.unique(""), bravo);
		long b2 = this.data.recruit("B2" + TestData.unique(""), bravo);
		this.data.signedOffSession(this.platoon, this.today.minusDays(10), this.drill,
				Map.of(a1, PASS, a2, PASS, a3, FAIL));
		this.data.signedOffSession(this.platoon, this.today.minusDays(350), this.drill, Map.of(b1, PASS));
		this.data.signedOffSession(this.platoon, this.today.minusDays(400), this.drill, Map.of(b2, PASS));

		UnitReadiness platoon = this.readiness.ofUnit(this.platoon, this.admin);
		QualificationReadiness row = platoon.qualifications()
			.stream()
			.filter((r) -> r.qualificationId() == q)
			.findFirst()
			.orElseThrow();
		assertThat(row.share()).isEqualTo(new Share(5, 2, 1, 1, 1));
		assertThat(row.share().percentHeld()).isEqualTo(60);
		assertThat(row.expiringSoon()).extracting(MemberStanding::recruitId).containsExactly(b1);
		assertThat(row.missing()).extracting(MemberStanding::recruitId).containsExactly(b2, a3);
		assertThat(platoon.members()).isEqualTo(5);
		assertThat(platoon.subUnits()).extracting(UnitShareRow::unitId).containsExactlyInAnyOrder(alpha, bravo);
		Map<Long, Integer> percents = platoon.subUnits()
			.stream()
			.collect(java.util.stream.Collectors.toMap(UnitShareRow::unitId, (u) -> u.share(q).percentHeld()));
		assertThat(percents).containsEntry(alpha, 66).containsEntry(bravo, 50);

		org.springframework.data.domain.Page<MemberStanding> page = this.readiness
			.members(this.platoon, q, MemberList.MISSING, PageRequest.of(0, 1), this.admin)
			.members();
		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(page.getContent()).extracting(MemberStanding::recruitId).containsExactly(b2);
		assertThat(this.readiness.expiring(this.admin)).anySatisfy((alert) -> {
			assertThat(alert.unitId()).isEqualTo(bravo);
			assertThat(alert.standings()).extracting(MemberStanding::recruitId).containsExactly(b1);
		});
	}

	@Test
	void theStatusQualifiedNeedsTheUnitsRequiredQualificationsOrARecordedOverride() {
		long q = qualification(QualificationRule.PASSES, 1, 365);
		long squad = this.data.unit(this.platoon);
		this.unitRequirements.requireOfUnit(this.platoon, List.of(q), this.admin);
		assertThat(this.unitRequirements.requiredOf(squad, this.admin).inherited()).containsKey(q);
		long ready = this.data.recruit(squad);
		long notReady = this.data.recruit(squad);
		this.data.signedOffSession(squad, this.today.minusDays(3), this.drill, Map.of(ready, PASS, notReady, FAIL));
		toTraining(ready);
		toTraining(notReady);

		this.recruits.changeStatus(ready, RecruitStatus.QUALIFIED, "passed everything", false, recruitVersion(ready),
				this.admin);
		assertThat(this.recruits.details(ready, this.admin).status()).isEqualTo(RecruitStatus.QUALIFIED);

		assertThatThrownBy(() -> this.recruits.changeStatus(notReady, RecruitStatus.QUALIFIED, "looks ready", false,
				recruitVersion(notReady), this.admin))
			.isInstanceOfSatisfying(QualificationsMissingException.class,
					(ex) -> assertThat(ex.getMissing()).hasSize(1));
		assertThatThrownBy(() -> this.recruits.changeStatus(notReady, RecruitStatus.QUALIFIED, " ", true,
				recruitVersion(notReady), this.admin))
			.isInstanceOf(StatusReasonRequiredException.class);

		this.recruits.changeStatus(notReady, RecruitStatus.QUALIFIED, "commander's decision", true,
				recruitVersion(notReady), this.admin);
		var details = this.recruits.details(notReady, this.admin);
		assertThat(details.status()).isEqualTo(RecruitStatus.QUALIFIED);
		assertThat(details.statusHistory().get(details.statusHistory().size() - 1).overrideMissing()).isNotBlank();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECRUIT_QUALIFIED_BY_OVERRIDE' and entity_id = cast(? as varchar)",
				Long.class, notReady))
			.isOne();
	}

	@Test
	void twoAdminsSettingAUnitsRequirementsDoNotOverwriteEachOther() {
		long rifle = qualification(QualificationRule.PASSES, 1, 365);
		long aid = qualification(QualificationRule.PASSES, 1, 365);
		this.unitRequirements.requireOfUnit(this.platoon, List.of(rifle), List.of(), this.admin);
		assertThatThrownBy(() -> this.unitRequirements.requireOfUnit(this.platoon, List.of(aid), List.of(), this.admin))
			.as("the second admin's form still showed no requirement")
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat(this.unitRequirements.requiredOf(this.platoon, this.admin).own()).containsExactly(rifle);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'UNIT_QUALIFICATIONS_REQUIRED' and entity_id = cast(? as varchar)",
				Long.class, this.platoon))
			.isOne();
	}

	@Test
	void instructorsReadTheirUnitsOnlyAndArmorersNone() {
		long other = this.data.unit(null);
		DrillbookUser instructor = this.data.instructor(this.platoon);
		assertThat(this.readiness.ofUnit(this.platoon, instructor).unit().id()).isEqualTo(this.platoon);
		assertThatThrownBy(() -> this.readiness.ofUnit(other, instructor)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.readiness.ofUnit(this.platoon, this.data.armorer()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.qualifications.define(new QualificationDefinition("X", null,
				List.of(new Requirement(this.drill, QualificationRule.PASSES, 1, 1))), instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.unitRequirements.requireOfUnit(this.platoon, List.of(), instructor))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void toTraining(long recruit) {
		this.recruits.changeStatus(recruit, RecruitStatus.IN_TRAINING, "intake done", recruitVersion(recruit),
				this.admin);
	}

	private long recruitVersion(long recruit) {
		return this.recruits.details(recruit, this.admin).version();
	}

	private long version(long session) {
		return this.sessions.details(session, this.admin).version();
	}

}
