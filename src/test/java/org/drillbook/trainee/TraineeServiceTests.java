package org.drillbook.trainee;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.drillbook.TestData;
import org.drillbook.account.AccountChangeException;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.DuplicateUsernameException;
import org.drillbook.account.Role;
import org.drillbook.armory.Holder;
import org.drillbook.armory.IssueRow;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.recruit.RecruitFilter;
import org.drillbook.recruit.RecruitPrivacyService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionService;
import org.drillbook.session.TrainingRecord;
import org.drillbook.session.TrainingReportService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A trainee reads their own record and nobody else's: what their pages show, and what
 * every other door answers them.
 */
@DrillbookIntegrationTest
class TraineeServiceTests {

	@Autowired
	TraineeService trainees;

	@Autowired
	TestData data;

	@Autowired
	SessionService sessions;

	@Autowired
	WeaponIssueService issues;

	@Autowired
	RecruitService recruits;

	@Autowired
	RecruitPrivacyService privacy;

	@Autowired
	AccountService accounts;

	@Autowired
	ReadinessService readiness;

	@Autowired
	TrainingReportService training;

	@Autowired
	JdbcTemplate jdbc;

	private long company;

	private long squad;

	private long otherSquad;

	private long me;

	private long other;

	private long drill;

	private DrillbookUser trainee;

	@BeforeEach
	void unit() {
		this.company = this.data.unit(null);
		long platoon = this.data.unit(this.company);
		this.squad = this.data.unit(platoon);
		this.otherSquad = this.data.unit(platoon);
		this.me = this.data.recruit(this.squad);
		this.other = this.data.recruit(this.otherSquad);
		this.drill = this.data.drillType();
		this.trainee = this.data.trainee(this.me);
	}

	@Test
	void theOverviewHoldsTheTraineesOwnSessionsQualificationsAndWeapons() {
		Instant now = Instant.now();
		long companyTomorrow = plan(this.company, now.plus(Duration.ofDays(1)));
		long squadLater = plan(this.squad, now.plus(Duration.ofDays(2)));
		plan(this.otherSquad, now.plus(Duration.ofHours(20)));
		plan(this.squad, now.minus(Duration.ofDays(1)));
		long mine = this.data.weapon();
		long theirs = this.data.weapon();
		this.issues.issue(mine, Holder.recruit(this.me), null, DrillbookUser.SYSTEM);
		this.issues.issue(theirs, Holder.recruit(this.other), null, DrillbookUser.SYSTEM);

		TraineeOverview overview = this.trainees.overview(this.trainee);

		assertThat(overview.callSign()).isEqualTo(this.recruits.callSignsOf(Set.of(this.me)).get(this.me));
		assertThat(overview.unit().unitId()).isEqualTo(this.squad);
		assertThat(overview.upcoming()).extracting(SessionRow::id).containsExactly(companyTomorrow, squadLater);
		assertThat(overview.upcoming()).extracting(SessionRow::leadInstructor).containsOnlyNulls();
		assertThat(overview.weapons()).extracting(IssueRow::weaponId).containsExactly(mine);
		assertThat(overview.qualifications().recruitId()).isEqualTo(this.me);
	}

	@Test
	void theTrainingRecordIsTheTraineesOwn() {
		long session = this.data.openSession(this.company, this.drill);
		this.data.attempt(session, this.me, this.drill, BigDecimal.ONE);
		this.data.attempt(session, this.other, this.drill, BigDecimal.ZERO);

		TrainingRecord record = this.trainees.trainingRecord(this.trainee);

		assertThat(record.recruitId()).isEqualTo(this.me);
		assertThat(record.sessions()).singleElement()
			.satisfies((entry) -> assertThat(entry.attempts()).singleElement()
				.satisfies((attempt) -> assertThat(attempt.value()).isEqualByComparingTo(BigDecimal.ONE)));
	}

	@Test
	void personalDataShowsTheTraineeTheirIdentity() {
		PersonalData data = this.trainees.personalData(this.trainee);

		assertThat(data.recruit().id()).isEqualTo(this.me);
		assertThat(data.recruit().identity().legalName()).startsWith("Legal ");
		assertThat(data.recruit().identity().personalNotes()).startsWith("notes of ");
	}

	@Test
	void everyOtherDoorRefusesATrainee() {
		assertThatThrownBy(() -> this.recruits.details(this.other, this.trainee))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recruits.details(this.me, this.trainee))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.recruits.search(new RecruitFilter(null, null, null, null), PageRequest.of(0, 20), this.trainee)
			.getTotalElements()).isZero();
		assertThatThrownBy(() -> this.sessions.list(null, true, false, PageRequest.of(0, 20), this.trainee))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.readiness.ofRecruit(this.me, this.trainee))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.training.trainingRecord(this.me, this.trainee))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.issues.heldByRecruit(this.other, this.trainee))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.sessions.upcomingOf(Set.of(this.squad), 5, this.trainee))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyATraineeHasAnOwnRecord() {
		assertThatThrownBy(() -> this.trainees.overview(this.data.admin())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.trainees.personalData(this.data.instructor(this.squad)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aRecruitHasOneSignInGivenByAnAdmin() {
		DrillbookUser admin = this.data.admin();
		assertThat(this.trainees.signInOf(this.me, admin).account().id()).isEqualTo(this.trainee.id());
		assertThat(this.trainees.signInOf(this.other, admin).account()).isNull();
		assertThatThrownBy(() -> this.trainees.giveSignIn(this.me, TestData.unique("again"), admin))
			.isInstanceOf(AccountChangeException.class);
		assertThatThrownBy(() -> this.trainees.giveSignIn(this.other, this.trainee.getUsername(), admin))
			.isInstanceOf(DuplicateUsernameException.class);
		assertThatThrownBy(
				() -> this.trainees.giveSignIn(this.other, TestData.unique("x"), this.data.instructor(this.otherSquad)))
			.isInstanceOf(AccessDeniedException.class);

		var given = this.trainees.giveSignIn(this.other, TestData.unique("other-").toLowerCase(), admin);
		assertThat(this.accounts.find(given.accountId()).role()).isEqualTo(Role.TRAINEE);
		assertThat(this.accounts.find(given.accountId()).recruitId()).isEqualTo(this.other);
		assertThat(this.accounts.find(given.accountId()).mustChangePassword()).isTrue();
	}

	@Test
	void aTraineesRoleComesOnlyWithTheRecruitAndStays() {
		DrillbookUser admin = this.data.admin();
		assertThatThrownBy(() -> this.accounts.open(TestData.unique("t"), Role.TRAINEE, null, admin))
			.isInstanceOf(AccountChangeException.class);
		long version = this.accounts.find(this.trainee.id()).version();
		assertThatThrownBy(() -> this.accounts.update(this.trainee.id(), Role.INSTRUCTOR, null, version, admin))
			.isInstanceOf(AccountChangeException.class);
		DrillbookUser armorer = this.data.armorer();
		long armorerVersion = this.accounts.find(armorer.id()).version();
		assertThatThrownBy(() -> this.accounts.update(armorer.id(), Role.TRAINEE, null, armorerVersion, admin))
			.isInstanceOf(AccountChangeException.class);
		assertThat(this.accounts.idOfTrainer(this.trainee.getUsername())).isEmpty();
	}

	@Test
	void theDatabaseTiesEveryTraineeToOneRecruit() {
		assertThatThrownBy(
				() -> this.jdbc.update("update user_account set recruit_id = null where id = ?", this.trainee.id()))
			.isInstanceOf(DataIntegrityViolationException.class);
		DrillbookUser armorer = this.data.armorer();
		assertThatThrownBy(
				() -> this.jdbc.update("update user_account set recruit_id = ? where id = ?", this.other, armorer.id()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void erasingTheRecruitClosesTheirSignIn() {
		DrillbookUser admin = this.data.admin();
		this.privacy.erase(this.me, this.recruits.details(this.me, admin).version(), admin);

		assertThat(this.accounts.find(this.trainee.id()).enabled()).isFalse();
	}

	private long plan(long unit, Instant startsAt) {
		return this.sessions.plan(
				new SessionPlan(unit, startsAt, "Range 2", Set.of(this.drill), this.data.admin().id(), Set.of()),
				DrillbookUser.SYSTEM);
	}

}
