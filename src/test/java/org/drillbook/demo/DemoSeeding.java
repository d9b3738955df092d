package org.drillbook.demo;

import java.time.Clock;

import org.drillbook.account.AccountService;
import org.drillbook.account.InitialAdminProperties;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.instructor.InstructorService;
import org.drillbook.qualification.QualificationService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.session.SessionService;
import org.drillbook.unit.UnitService;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo battalion in the test database, seeded the way demo mode seeds it (a smaller
 * one: {@value #RECRUITS} recruits). Idempotent, so that every test that needs it may
 * ask.
 */
public final class DemoSeeding {

	public static final int RECRUITS = 60;

	/** Where the seeder draws its demo logins from. */
	public static final String PASSWORD = "drillbook-demo";

	private DemoSeeding() {
	}

	public static void seed(ApplicationContext context) {
		new DemoDataSeeder(new DemoProperties(true, RECRUITS, 7L), new InitialAdminProperties(null, null),
				context.getBean(AccountService.class), context.getBean(UnitService.class),
				context.getBean(RecruitService.class), context.getBean(org.drillbook.recruit.EnlistmentService.class),
				context.getBean(DrillTypeService.class), context.getBean(InstructorService.class),
				context.getBean(SessionService.class), context.getBean(org.drillbook.session.RangeLogService.class),
				context.getBean(org.drillbook.session.RangeSheetService.class),
				context.getBean(QualificationService.class),
				context.getBean(org.drillbook.qualification.UnitRequirementService.class),
				context.getBean(PlatformTransactionManager.class), context.getBean(Clock.class),
				context.getBean(org.springframework.jdbc.core.JdbcTemplate.class),
				new DemoArmory(context.getBean(org.drillbook.armory.ArmoryService.class),
						context.getBean(org.drillbook.armory.WeaponIssueService.class),
						context.getBean(org.drillbook.armory.AmmunitionService.class),
						context.getBean(org.drillbook.qualification.ReadinessService.class),
						context.getBean(UnitService.class), context.getBean(SessionService.class),
						context.getBean(org.drillbook.session.RangeSheetService.class),
						context.getBean(org.drillbook.armory.SessionRoundsService.class), context.getBean(Clock.class)))
			.run(null);
	}

	public static String battalion() {
		return DemoDataSeeder.BATTALION;
	}

}
