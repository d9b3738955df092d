package org.drillbook.dashboard;

import java.util.List;

import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.account.SecondFactorService;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.armory.IssueRow;
import org.drillbook.armory.RoundsLine;
import org.drillbook.armory.SessionRoundsService;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionService;
import org.drillbook.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DashboardService {

	private final UnitService units;

	private final RecruitService recruits;

	private final AccountService accounts;

	private final DrillTypeService drillTypes;

	private final SecondFactorService secondFactor;

	private final WeaponIssueService weaponIssues;

	private final SessionService sessions;

	private final SessionRoundsService rounds;

	DashboardService(UnitService units, RecruitService recruits, AccountService accounts, DrillTypeService drillTypes,
			SecondFactorService secondFactor, WeaponIssueService weaponIssues, SessionService sessions,
			SessionRoundsService rounds) {
		this.rounds = rounds;
		this.sessions = sessions;
		this.secondFactor = secondFactor;
		this.weaponIssues = weaponIssues;
		this.units = units;
		this.recruits = recruits;
		this.accounts = accounts;
		this.drillTypes = drillTypes;
	}

	/**
	 * Weapons still out after their session ended; empty for those who do not keep the
	 * armory.
	 */
	@Transactional(readOnly = true)
	public List<IssueRow> overdueWeapons(DrillbookUser user) {
		return (user != null && (user.is(Role.ARMORER) || user.is(Role.ADMIN))) ? this.weaponIssues.overdue(user)
				: List.of();
	}

	/**
	 * Sessions whose rounds do not balance (drawn − returned − spent ≠ 0); empty for
	 * those who do not keep the armory.
	 */
	public List<RoundsLine> roundsFlagged(DrillbookUser user) {
		return this.rounds.flagged(user);
	}

	/**
	 * The sessions of the user's units today and tomorrow, where a trainer's day starts;
	 * empty for those who do not train.
	 */
	public List<SessionRow> sessionsSoon(DrillbookUser user) {
		return this.sessions.todayAndTomorrow(user);
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard() {
		return new Dashboard(this.units.countActive(), this.recruits.countByStatus(), this.accounts.countByRole(),
				this.drillTypes.countActive(), this.secondFactor.enforced());
	}

}
