package org.drillbook.dashboard;

import org.drillbook.account.AccountService;
import org.drillbook.account.SecondFactorService;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.RecruitService;
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

	private final org.drillbook.armory.ArmoryService armory;

	DashboardService(UnitService units, RecruitService recruits, AccountService accounts, DrillTypeService drillTypes,
			SecondFactorService secondFactor, org.drillbook.armory.ArmoryService armory) {
		this.secondFactor = secondFactor;
		this.armory = armory;
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
	public java.util.List<org.drillbook.armory.IssueRow> overdueWeapons(org.drillbook.account.DrillbookUser user) {
		return (user != null
				&& (user.is(org.drillbook.account.Role.ARMORER) || user.is(org.drillbook.account.Role.ADMIN)))
						? this.armory.overdue(user) : java.util.List.of();
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard() {
		return new Dashboard(this.units.countActive(), this.recruits.countByStatus(), this.accounts.countByRole(),
				this.drillTypes.countActive(), this.secondFactor.enforced());
	}

}
