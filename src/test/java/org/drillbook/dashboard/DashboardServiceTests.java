package org.drillbook.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.drillbook.account.AccountService;
import org.drillbook.account.Role;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.recruit.Enlistment;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookIntegrationTest;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@DrillbookIntegrationTest
@Transactional
class DashboardServiceTests {

	@Autowired
	DashboardService dashboards;

	@Autowired
	UnitService units;

	@Autowired
	RecruitService recruits;

	@Autowired
	org.drillbook.recruit.EnlistmentService enlistments;

	@Autowired
	AccountService accounts;

	@Autowired
	DrillTypeService drillTypes;

	@Test
	void countsWhatIsInTheDatabase() {
		Dashboard before = this.dashboards.dashboard();
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.units.create("T" + tag, "Test squad " + tag, (Long) null, org.drillbook.account.DrillbookUser.SYSTEM);
		this.enlistments.enlistAll(List.of(
				new Enlistment("Alfa-" + tag, LocalDate.of(2026, 9, 1), "T" + tag, Position.MEMBER,
						RecruitStatus.IN_TRAINING),
				new Enlistment("Bravo-" + tag, LocalDate.of(2026, 9, 1), "T" + tag, Position.MEDIC,
						RecruitStatus.QUALIFIED),
				new Enlistment("Gone-" + tag, LocalDate.of(2026, 9, 1), null, Position.MEMBER,
						RecruitStatus.DISCHARGED)),
				"test");
		this.accounts.create("armorer-" + tag, "armorer passphrase", Role.ARMORER, null);
		this.drillTypes.define(DrillTypeDefinition.passFail("Drill " + tag, DrillCategory.OTHER, null));

		Dashboard after = this.dashboards.dashboard();
		assertThat(after.activeUnits()).isEqualTo(before.activeUnits() + 1);
		assertThat(after.recruits()).isEqualTo(before.recruits() + 3);
		assertThat(after.activeRecruits()).isEqualTo(before.activeRecruits() + 2);
		assertThat(after.inTraining()).isEqualTo(before.inTraining() + 1);
		assertThat(after.recruitsByStatus().get(RecruitStatus.QUALIFIED))
			.isEqualTo(before.recruitsByStatus().get(RecruitStatus.QUALIFIED) + 1);
		assertThat(after.accountsByRole().get(Role.ARMORER)).isEqualTo(before.accountsByRole().get(Role.ARMORER) + 1);
		assertThat(after.activeDrillTypes()).isEqualTo(before.activeDrillTypes() + 1);
	}

}
