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
import org.drillbook.session.RangeLogService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Page;
import org.drillbook.paging.CappedPage;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ammunition by lot: receipts, consumption from a lot or the oldest first, adjustments,
 * recalls; no lot and no caliber below zero, even in a race.
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
	RangeLogService rangeLog;

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	SessionRoundsService rounds;

	@Test
	void theBalanceNeverGoesBelowZeroAndARefusalChangesNothing() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("c").toLowerCase();
		long lot = receive(caliber, "L1", LocalDate.of(2020, 1, 1), 100);
		this.ammo.consume(caliber, lot, 30, null, "zeroing", armorer);
		assertThat(balance(caliber)).isEqualTo(70);
		assertThatThrownBy(() -> this.ammo.consume(caliber, lot, 71, null, null, armorer))
			.hasMessage("ammo.error.lotBelowZero");
		assertThatThrownBy(() -> this.ammo.consume(caliber, null, 71, null, null, armorer))
			.hasMessage("ammo.error.belowZero");
		assertThat(balance(caliber)).isEqualTo(70);
		assertThat(lotBalance(lot)).isEqualTo(70);
		assertThat(
				this.jdbc.queryForObject("select count(*) from ammo_entry where caliber = ?", Integer.class, caliber))
			.isEqualTo(2);
		assertThatThrownBy(() -> this.ammo.adjust(lot, -5, " ", armorer)).hasMessage("ammo.error.reasonRequired");
		this.ammo.adjust(lot, -5, "count found 65", armorer);
		assertThat(balance(caliber)).isEqualTo(65);
		assertThat(lotBalance(lot)).isEqualTo(65);
		assertThatThrownBy(() -> this.jdbc.update("update ammo_lot set balance = -1 where id = ?", lot))
			.as("the database refuses a negative lot too")
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void aLongLedgerIsCountedOnlyAThousandPastThePage() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("l").toLowerCase();
		long lot = receive(caliber, "L-LONG", LocalDate.of(2021, 3, 1), 100);
		int entries = CappedPage.COUNTED_AHEAD + 10;
		// counts after the receipt, one up and one down, so the balance stays what it was
		this.jdbc
			.update("insert into ammo_entry (id, caliber, lot_id, kind, quantity, reason, recorded_by, recorded_at)"
					+ " select nextval('ammo_entry_seq'), ?, ?, 'ADJUSTMENT', case when g % 2 = 0 then 1 else -1 end,"
					+ " 'count ' || g, 'test', now() - interval '1 day' - g * interval '1 minute'"
					+ " from generate_series(1, ?) g", caliber, lot, entries - 1);

		Page<AmmoEntryRow> first = this.ammo.ledgerOfLot(lot, PageRequest.of(0, 50), armorer);
		assertThat(first.getContent()).hasSize(50);
		assertThat(first.getContent().get(0).kind()).as("newest first: the receipt").isEqualTo(AmmoKind.RECEIPT);
		assertThat(first).isInstanceOfSatisfying(CappedPage.class, (page) -> {
			assertThat(page.capped()).isTrue();
			assertThat(page.shownTotal()).isEqualTo(CappedPage.COUNTED_AHEAD);
		});
		Page<AmmoEntryRow> last = this.ammo.ledgerOfLot(lot, PageRequest.of(entries / 50, 50), armorer);
		assertThat(last.getContent()).hasSize(entries % 50);
		assertThat(last.getContent().get(entries % 50 - 1).reason()).isEqualTo("count " + (entries - 1));
		assertThat(last.getTotalElements()).as("counted exactly near the end").isEqualTo(entries);
		assertThat(((CappedPage<?>) last).capped()).isFalse();
		assertThat(((CappedPage<?>) this.ammo.ledger(PageRequest.of(0, 50), armorer)).capped())
			.as("every lot's ledger holds these too")
			.isTrue();
		assertThat(lotBalance(lot)).isEqualTo(100);
	}

	@Test
	void aReceiptRecordsItsLotAndASecondReceiptOfTheLotMustAgree() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("d").toLowerCase();
		long lot = receive(caliber, "270-19", LocalDate.of(2019, 4, 12), 100);
		AmmoLotRow row = this.ammo.lot(lot, armorer);
		assertThat(row.manufacturer()).isEqualTo("Tula");
		assertThat(row.manufacturedOn()).isEqualTo(LocalDate.of(2019, 4, 12));
		assertThat(receive(caliber, "270-19", LocalDate.of(2019, 4, 12), 50)).isEqualTo(lot);
		assertThat(lotBalance(lot)).isEqualTo(150);
		assertThatThrownBy(() -> receive(caliber, "270-19", LocalDate.of(2020, 1, 1), 10))
			.hasMessage("ammo.error.lotMismatch");
		assertThatThrownBy(() -> this.ammo.receive(new AmmoReceipt(caliber, " ", null, null, 10, null), armorer))
			.hasMessage("ammo.error.lotNumber");
		assertThatThrownBy(() -> this.ammo
			.receive(new AmmoReceipt(caliber, "X", null, this.data.today().plusDays(2), 10, null), armorer))
			.hasMessage("ammo.error.manufacturedOn");
		assertThat(lotBalance(lot)).isEqualTo(150);
	}

	@Test
	void consumptionTakesTheOldestLotsFirstAndSplitsAcrossThem() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("o").toLowerCase();
		long newer = receive(caliber, "NEW", LocalDate.of(2023, 1, 1), 100);
		long older = receive(caliber, "OLD", LocalDate.of(2018, 1, 1), 40);
		this.ammo.consume(caliber, null, 60, null, null, armorer);
		assertThat(lotBalance(older)).isZero();
		assertThat(lotBalance(newer)).isEqualTo(80);
		assertThat(this.jdbc.queryForList(
				"select lot_id from ammo_entry where caliber = ? and kind = 'CONSUMPTION'" + " order by id", Long.class,
				caliber))
			.containsExactly(older, newer);
	}

	@Test
	void aRecalledLotIsLeftOutOfDrawsAndItsReportNamesEverySessionUnitAndRecruit() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("q").toLowerCase();
		long bad = receive(caliber, "BAD", LocalDate.of(2017, 1, 1), 50);
		long good = receive(caliber, "GOOD", LocalDate.of(2022, 1, 1), 50);
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = rifleDrill();
		long session = this.data.openSession(unit, drill);
		this.rounds.draw(session, caliber, null, 30, armorer);
		fire(session, recruit, drill, 5);

		this.ammo.recall(bad, "Misfires reported by the depot", armorer);
		assertThatThrownBy(() -> this.ammo.recall(bad, "again", armorer)).hasMessage("ammo.error.lotRecalled");
		assertThatThrownBy(() -> this.ammo.consume(caliber, bad, 1, null, null, armorer))
			.hasMessage("ammo.error.lotRecalled");
		this.ammo.consume(caliber, null, 10, null, null, armorer);
		assertThat(lotBalance(bad)).as("the recalled lot is left alone").isEqualTo(20);
		assertThat(lotBalance(good)).isEqualTo(40);
		assertThatThrownBy(() -> this.ammo.consume(caliber, null, 41, null, null, armorer))
			.hasMessage("ammo.error.recalledLeft");
		this.ammo.adjust(bad, -20, "Handed back to the depot for destruction", armorer);
		assertThat(lotBalance(bad)).isZero();

		LotRecall report = this.ammo.recallReport(bad, armorer);
		assertThat(report.lot().recalled()).isTrue();
		String callSign = this.jdbc.queryForObject("select call_sign from recruit where id = ?", String.class, recruit);
		String unitCode = this.jdbc.queryForObject("select code from unit where id = ?", String.class, unit);
		assertThat(report.uses()).singleElement().satisfies((use) -> {
			assertThat(use.sessionId()).isEqualTo(session);
			assertThat(use.unitCode()).isEqualTo(unitCode);
			assertThat(use.used()).isEqualTo(30);
			assertThat(use.callSigns()).containsExactly(callSign);
		});
	}

	@Test
	void manyConsumptionsRacingForOneLotNeverTakeItBelowZero() throws Exception {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("r").toLowerCase();
		long lot = receive(caliber, "RACE", LocalDate.of(2021, 1, 1), 100);
		long other = receive(caliber, "OTHER", LocalDate.of(2022, 1, 1), 35);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			boolean chosen = i % 2 == 0;
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.ammo.consume(caliber, chosen ? lot : null, 30, null, null, armorer);
					return "consumed";
				}
				catch (ArmoryException ex) {
					return "refused";
				}
			}));
		}
		start.countDown();
		long consumed = 0;
		for (Future<String> outcome : outcomes) {
			consumed += "consumed".equals(outcome.get()) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(consumed).as("135 rounds serve four draws of 30").isEqualTo(4);
		assertThat(lotBalance(lot) + lotBalance(other)).isEqualTo(135 - 120);
		assertThat(balance(caliber)).isEqualTo(15);
		assertThat(lotBalance(lot)).isNotNegative();
		assertThat(lotBalance(other)).isNotNegative();
		assertThat(this.jdbc.queryForObject(
				"select -sum(quantity) from ammo_entry where caliber = ? and kind = 'CONSUMPTION'", Integer.class,
				caliber))
			.isEqualTo(120);
	}

	@Test
	void aSessionPlansDrawsReturnsAndFlagsWhatDoesNotBalance() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("s").toLowerCase();
		long oldest = receive(caliber, "S1", LocalDate.of(2019, 1, 1), 40);
		long second = receive(caliber, "S2", LocalDate.of(2021, 1, 1), 500);
		long unit = this.data.unit(null);
		long first = this.data.recruit(unit);
		long other = this.data.recruit(unit);
		long drill = rifleDrill();
		long session = this.data.openSession(unit, drill);

		SessionRounds proposal = this.rounds.rounds(session, armorer);
		assertThat(proposal.planSaved()).isFalse();
		assertThat(proposal.plan()).singleElement().satisfies((line) -> {
			assertThat(line.roundsPerAttempt()).isEqualTo(5);
			assertThat(line.attendees()).isEqualTo(2);
		});
		this.rounds.plan(session, List.of(new RoundsPlanLine(drill, null, caliber.toUpperCase(), 3, 5, 2)), 0, armorer);
		assertThatThrownBy(
				() -> this.rounds.plan(session, List.of(new RoundsPlanLine(drill, null, caliber, 3, 5, 2)), 0, armorer))
			.as("a plan changed meanwhile")
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.rounds.plan(session, List.of(new RoundsPlanLine(drill, null, caliber, 101, 5, 2)),
				1, armorer))
			.hasMessage("ammo.error.planRange");

		this.rounds.draw(session, caliber, null, 60, armorer);
		fire(session, first, drill, 15);
		fire(session, other, drill, 10);
		assertThatThrownBy(() -> this.rounds.takeBack(session, Map.of(caliber, 61), armorer))
			.hasMessage("ammo.error.returnTooMany");
		assertThatThrownBy(() -> this.rounds.takeBack(session, Map.of(), armorer)).hasMessage("ammo.error.countBack");

		this.rounds.takeBack(session, Map.of(caliber, 30), armorer);
		SessionRounds closed = this.rounds.rounds(session, armorer);
		assertThat(closed.returned()).isTrue();
		assertThat(closed.accounts()).singleElement().satisfies((line) -> {
			assertThat(line.planned()).isEqualTo(30);
			assertThat(line.drawn()).isEqualTo(60);
			assertThat(line.returned()).isEqualTo(30);
			assertThat(line.spent()).isEqualTo(25);
			assertThat(line.discrepancy()).isEqualTo(5);
			assertThat(line.flagged()).isTrue();
		});
		assertThat(lotBalance(second)).as("the rounds go back to the lot last drawn from first").isEqualTo(500);
		assertThat(lotBalance(oldest)).isEqualTo(10);
		assertThatThrownBy(() -> this.rounds.draw(session, caliber, null, 1, armorer))
			.hasMessage("ammo.error.reconciled");
		assertThat(this.rounds.flagged(armorer)).anySatisfy((line) -> assertThat(line.sessionId()).isEqualTo(session));
		assertThat(this.rounds.accounts(this.data.today().minusDays(1), this.data.today().plusDays(1), armorer))
			.anySatisfy((line) -> {
				assertThat(line.sessionId()).isEqualTo(session);
				assertThat(line.discrepancy()).isEqualTo(5);
			});
	}

	@Test
	void aBalancedSessionIsNotFlagged() {
		DrillbookUser armorer = this.data.armorer();
		String caliber = TestData.unique("b").toLowerCase();
		receive(caliber, "B1", LocalDate.of(2020, 1, 1), 100);
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = rifleDrill();
		long session = this.data.openSession(unit, drill);
		this.rounds.draw(session, caliber, null, 20, armorer);
		fire(session, recruit, drill, 15);
		this.rounds.takeBack(session, Map.of(caliber, 5), armorer);
		assertThat(this.rounds.rounds(session, armorer).accounts()).singleElement()
			.satisfies((line) -> assertThat(line.flagged()).isFalse());
		assertThat(this.rounds.flagged(armorer)).noneSatisfy((line) -> assertThat(line.sessionId()).isEqualTo(session));
	}

	@Test
	void onlyArmorersAndAdminsKeepTheLedger() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> this.ammo.receive(new AmmoReceipt("9x19", "L", null, null, 10, null), instructor))
			.isInstanceOf(AccessDeniedException.class);
		long unit = this.data.unit(null);
		long session = this.data.openSession(unit, this.data.drillType());
		assertThatThrownBy(() -> this.rounds.draw(session, "9x19", null, 1, instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.rounds.flagged(instructor)).isEmpty();
	}

	private long receive(String caliber, String lot, LocalDate madeOn, int rounds) {
		return this.ammo.receive(new AmmoReceipt(caliber, lot, "Tula", madeOn, rounds, null), this.data.armorer());
	}

	private long rifleDrill() {
		return this.drillTypes.define(
				DrillTypeDefinition.hits(TestData.unique("Group "), DrillCategory.MARKSMANSHIP, null, 5, 4, "rifle"));
	}

	private void fire(long session, long recruit, long drill, int roundsFired) {
		this.rangeLog.recordCard(session, recruit, new CardEntry(AttendanceStatus.PRESENT,
				Map.of(drill, new BigDecimal("4")), Map.of(drill, roundsFired), UUID.randomUUID()), this.data.admin());
	}

	private int balance(String caliber) {
		return this.jdbc.queryForObject("select balance from ammo_balance where caliber = ?", Integer.class, caliber);
	}

	private int lotBalance(long lot) {
		return this.jdbc.queryForObject("select balance from ammo_lot where id = ?", Integer.class, lot);
	}

}
