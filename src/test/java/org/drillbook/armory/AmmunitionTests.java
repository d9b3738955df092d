package org.drillbook.armory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.SessionService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ammunition ledger: receipts, consumption, adjustments; never below zero, even in a
 * race.
 */
@DrillbookIntegrationTest
class AmmunitionTests {

	@Autowired
	AmmunitionService ammo;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionService sessions;

	@Autowired
	org.drillbook.session.RangeLogService rangeLog;

	@Autowired
	DrillTypeService drillTypes;

	@Test
	void theBalanceNeverGoesBelowZeroAndARefusalChangesNothing() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("c").toLowerCase();
		this.ammo.receive(caliber, 100, "delivery 14", armorer);
		this.ammo.consume(caliber, 30, null, null, "zeroing", armorer);
		assertThat(balance(caliber)).isEqualTo(70);
		assertThatThrownBy(() -> this.ammo.consume(caliber, 71, null, null, "too much", armorer))
			.hasMessage("ammo.error.belowZero");
		assertThat(balance(caliber)).isEqualTo(70);
		assertThat(
				this.jdbc.queryForObject("select count(*) from ammo_entry where caliber = ?", Integer.class, caliber))
			.isEqualTo(2);
		assertThatThrownBy(() -> this.ammo.adjust(caliber, -5, " ", armorer)).hasMessage("ammo.error.reasonRequired");
		this.ammo.adjust(caliber, -5, "count found 65", armorer);
		assertThat(balance(caliber)).isEqualTo(65);
		assertThatThrownBy(() -> this.jdbc.update("update ammo_balance set balance = -1 where caliber = ?", caliber))
			.as("the database refuses a negative balance too")
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void twoConsumptionsRacingForTheLastRoundsLeaveOneRefused() throws Exception {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("r").toLowerCase();
		this.ammo.receive(caliber, 70, null, armorer);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.ammo.consume(caliber, 40, null, null, null, armorer);
					return "consumed";
				}
				catch (ArmoryException ex) {
					return ex.getMessage();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).containsExactlyInAnyOrder("consumed", "ammo.error.belowZero");
		assertThat(balance(caliber)).isEqualTo(30);
	}

	@Test
	void roundsFiredInASessionAreBookedToItsUnitAndReported() {
		DrillbookUser armorer = this.data.armorer();
		DrillbookUser admin = this.data.admin();
		String caliber = TestData.unique("s").toLowerCase();
		this.ammo.receive(caliber, 500, null, armorer);
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Group "), DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"));
		long session = this.data.openSession(unit, drill);
		this.rangeLog.recordCard(session, recruit, new CardEntry(AttendanceStatus.PRESENT,
				Map.of(drill, new BigDecimal("4")), Map.of(drill, 5), UUID.randomUUID()), admin);
		this.rangeLog.recordCard(session, recruit,
				new CardEntry(null, Map.of(drill, new BigDecimal("5")), Map.of(drill, 5), UUID.randomUUID()), admin);
		assertThat(this.ammo.consumeSession(session, caliber, armorer)).isEqualTo(10);
		assertThat(balance(caliber)).isEqualTo(490);
		assertThat(this.ammo.consumption(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), armorer))
			.anySatisfy((c) -> {
				assertThat(c.caliber()).isEqualTo(caliber);
				assertThat(c.rounds()).isEqualTo(10);
			});
	}

	@Test
	void onlyArmorersAndAdminsKeepTheLedger() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> this.ammo.receive("9x19", 10, null, instructor))
			.isInstanceOf(AccessDeniedException.class);
	}

	private int balance(String caliber) {
		return this.jdbc.queryForObject("select balance from ammo_balance where caliber = ?", Integer.class, caliber);
	}

}
