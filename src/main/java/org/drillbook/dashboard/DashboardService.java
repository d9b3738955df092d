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

	DashboardService(UnitService units, RecruitService recruits, AccountService accounts, DrillTypeService drillTypes,
			SecondFactorService secondFactor) {
		this.secondFactor = secondFactor;
		this.units = units;
		this.recruits = recruits;
		this.accounts = accounts;
		this.drillTypes = drillTypes;
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard() {
		return new Dashboard(this.units.countActive(), this.recruits.countByStatus(), this.accounts.countByRole(),
				this.drillTypes.countActive(), this.secondFactor.enforced());
	}

}
