package org.drillbook.trainee;

import java.util.List;

import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.OneTimeCredentials;
import org.drillbook.account.PasskeyService;
import org.drillbook.account.Role;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.recruit.RecruitService;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionService;
import org.drillbook.session.TrainingRecord;
import org.drillbook.session.TrainingReportService;
import org.drillbook.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's own record. Every read starts from the signed-in trainee's account, which
 * names their recruit: no method takes a recruit id from a trainee, so there is nobody
 * else's id to try. Once the recruit is known, the other features are asked as Drillbook
 * itself, because a trainee holds none of their permissions.
 */
@Service
public class TraineeService {

	/** How many of the unit's next sessions the trainee's page lists. */
	static final int UPCOMING = 10;

	private final AccountService accounts;

	private final RecruitService recruits;

	private final TrainingReportService training;

	private final ReadinessService readiness;

	private final SessionService sessions;

	private final UnitService units;

	private final WeaponIssueService weapons;

	private final PasskeyService passkeys;

	TraineeService(AccountService accounts, RecruitService recruits, TrainingReportService training,
			ReadinessService readiness, SessionService sessions, UnitService units, WeaponIssueService weapons,
			PasskeyService passkeys) {
		this.accounts = accounts;
		this.recruits = recruits;
		this.training = training;
		this.readiness = readiness;
		this.sessions = sessions;
		this.units = units;
		this.weapons = weapons;
		this.passkeys = passkeys;
	}

	/**
	 * The trainee's first page: the upcoming sessions are those of their unit and of the
	 * units above it, whose sheets they are on.
	 */
	@Transactional(readOnly = true)
	public TraineeOverview overview(DrillbookUser trainee) {
		long recruitId = this.accounts.recruitOf(trainee);
		RecruitDetails recruit = this.recruits.details(recruitId, DrillbookUser.SYSTEM);
		List<SessionRow> upcoming = (recruit.currentMembership() != null) ? this.sessions.upcomingOf(
				this.units.lineage(recruit.currentMembership().unitId()), UPCOMING, DrillbookUser.SYSTEM) : List.of();
		return new TraineeOverview(recruit.callSign(), recruit.status(), recruit.currentMembership(), upcoming,
				this.readiness.ofRecruit(recruitId, DrillbookUser.SYSTEM),
				this.weapons.heldByRecruit(recruitId, DrillbookUser.SYSTEM));
	}

	/** The trainee's own training record, as instructors see it. */
	@Transactional(readOnly = true)
	public TrainingRecord trainingRecord(DrillbookUser trainee) {
		return this.training.trainingRecord(this.accounts.recruitOf(trainee), DrillbookUser.SYSTEM);
	}

	/**
	 * Everything held about the trainee, identity included: their subject-access view.
	 */
	@Transactional(readOnly = true)
	public PersonalData personalData(DrillbookUser trainee) {
		RecruitDetails recruit = this.recruits.details(this.accounts.recruitOf(trainee), DrillbookUser.SYSTEM);
		return new PersonalData(recruit, this.passkeys.mine(trainee));
	}

	/** The sign-in a recruit was given, if any; admins only. */
	@Transactional(readOnly = true)
	public TraineeSignIn signInOf(long recruitId, DrillbookUser admin) {
		admin.require(Role.ADMIN);
		RecruitDetails recruit = this.recruits.details(recruitId, admin);
		return new TraineeSignIn(recruitId, recruit.callSign(), this.accounts.traineeOf(recruitId, admin).orElse(null));
	}

	/**
	 * An admin gives a recruit a sign-in to read their own record, with a one-time
	 * password to hand over; one per recruit.
	 */
	@Transactional
	public OneTimeCredentials giveSignIn(long recruitId, String username, DrillbookUser admin) {
		admin.require(Role.ADMIN);
		this.recruits.details(recruitId, admin);
		return this.accounts.openForRecruit(recruitId, username, admin);
	}

}
