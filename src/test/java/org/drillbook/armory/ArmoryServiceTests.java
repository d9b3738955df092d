package org.drillbook.armory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class ArmoryServiceTests {

	@Autowired
	ArmoryService armory;

	@Autowired
	WeaponIssueService weaponIssues;

	@Autowired
	InventoryService inventory;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.drillbook.drill.DrillTypeService drillTypes;

	@Autowired
	org.drillbook.session.SessionService sessions;

	@Autowired
	org.drillbook.session.RangeLogService rangeLog;

	@Test
	void serialsAreUniqueAfterNormalisingCaseAndSpaces() {
		DrillbookUser armorer = this.data.armorer();
		String serial = TestData.unique("ak ") + " 74";
		this.armory.register(rifle(serial), armorer);
		assertThatThrownBy(() -> this.armory.register(rifle(serial.toLowerCase().replace(" ", "")), armorer))
			.hasMessage("armory.error.serialTaken");
		assertThat(this.armory
			.inventory(null, null, null, serial.substring(3, 9).toLowerCase(), PageRequest.of(0, 10), armorer)
			.getContent()).hasSize(1);
	}

	@Test
	void issueAndReturnWithFullHistoryAndWhatAPersonHolds() {
		DrillbookUser armorer = this.data.armorer();
		String callSign = TestData.unique("Holder");
		long recruit = this.data.recruit(callSign, this.data.unit(null));
		long weapon = this.armory.register(rifle(TestData.unique("SN")), armorer);
		this.weaponIssues.issue(weapon, this.weaponIssues.holder(callSign.toLowerCase()), null, armorer);
		assertThatThrownBy(() -> this.weaponIssues.issue(weapon, Holder.recruit(recruit), null, armorer))
			.hasMessage("armory.error.alreadyIssued");
		assertThat(this.weaponIssues.heldByRecruit(recruit, armorer)).singleElement()
			.satisfies((i) -> assertThat(i.weaponId()).isEqualTo(weapon));

		this.weaponIssues.takeBack(weapon, ReturnCondition.DAMAGED, "cracked stock", armorer);
		assertThatThrownBy(() -> this.weaponIssues.takeBack(weapon, ReturnCondition.GOOD, null, armorer))
			.hasMessage("armory.error.notOut");
		WeaponDetails details = this.armory.details(weapon, armorer);
		assertThat(details.weapon().status()).isEqualTo(WeaponStatus.IN_MAINTENANCE);
		assertThat(details.history()).singleElement().satisfies((i) -> {
			assertThat(i.holder()).isEqualTo(callSign);
			assertThat(i.returnCondition()).isEqualTo(ReturnCondition.DAMAGED);
			assertThat(i.open()).isFalse();
		});
		assertThat(this.weaponIssues.heldByRecruit(recruit, armorer)).isEmpty();

		this.armory.toggleMaintenance(weapon, details.weapon().version(), armorer);
		assertThat(this.armory.details(weapon, armorer).weapon().status()).isEqualTo(WeaponStatus.IN_ARMORY);
		DrillbookUser instructor = this.data.user(Role.INSTRUCTOR);
		this.weaponIssues.issue(weapon, this.weaponIssues.holder(instructor.getUsername()), null, armorer);
		assertThat(this.armory.details(weapon, armorer).current().holderAccountId()).isEqualTo(instructor.id());
		assertThat(this.weaponIssues.heldByAccount(instructor.id(), armorer)).singleElement()
			.satisfies((i) -> assertThat(i.weaponId()).isEqualTo(weapon));
	}

	@Test
	void theDatabaseItselfRefusesASecondOpenIssue() {
		long weapon = this.armory.register(rifle(TestData.unique("DB")), this.data.armorer());
		long recruit = this.data.recruit(null);
		String insert = "insert into weapon_issue (id, weapon_id, holder_recruit_id, issued_by, issued_at)"
				+ " values (nextval('weapon_issue_seq'), ?, ?, 'test', now())";
		this.jdbc.update(insert, weapon, recruit);
		assertThatThrownBy(() -> this.jdbc.update(insert, weapon, recruit))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void twoArmorersIssuingAtOnceLeaveOneIssueAndAClearMessage() throws Exception {
		DrillbookUser first = this.data.armorer();
		DrillbookUser second = this.data.armorer();
		long weapon = this.armory.register(rifle(TestData.unique("RACE")), first);
		long a = this.data.recruit(null);
		long b = this.data.recruit(null);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (Object[] call : new Object[][] { { first, a }, { second, b } }) {
			Callable<String> task = () -> {
				start.await();
				try {
					this.weaponIssues.issue(weapon, Holder.recruit((Long) call[1]), null, (DrillbookUser) call[0]);
					return "issued";
				}
				catch (ArmoryException ex) {
					return ex.getMessage();
				}
			};
			outcomes.add(pool.submit(task));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).containsExactlyInAnyOrder("issued", "armory.error.alreadyIssued");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from weapon_issue where weapon_id = ?" + " and returned_at is null", Integer.class,
				weapon))
			.isEqualTo(1);
	}

	@Test
	void onlyArmorersAndAdminsKeepTheArmory() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> this.armory.register(rifle(TestData.unique("X")), instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.armory.inventory(null, null, null, null, PageRequest.of(0, 10), instructor))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void maintenanceLogCountsRoundsFiredSinceTheLastMaintenance() {
		DrillbookUser armorer = this.data.armorer();
		DrillbookUser admin = this.data.admin();
		long weapon = this.armory.register(rifle(TestData.unique("MT")), armorer);
		long unit = this.data.unit(null);
		long recruit = this.data.recruit(unit);
		long drill = this.drillTypes.define(org.drillbook.drill.DrillTypeDefinition.hits(TestData.unique("G "),
				org.drillbook.drill.DrillCategory.MARKSMANSHIP, null, 5, 3, "rifle"));
		long session = this.data.openSession(unit, drill);
		this.weaponIssues.issue(weapon, Holder.recruit(recruit), session, armorer);
		this.rangeLog.recordCard(session, recruit,
				new org.drillbook.session.CardEntry(org.drillbook.session.AttendanceStatus.PRESENT,
						java.util.Map.of(drill, java.math.BigDecimal.ONE), java.util.Map.of(drill, 5),
						java.util.UUID.randomUUID()),
				admin);
		assertThat(this.armory.details(weapon, armorer).roundsSinceMaintenance()).isEqualTo(5);
		this.armory.logMaintenance(weapon, this.data.today(), "cleaned and oiled", armorer);
		WeaponDetails after = this.armory.details(weapon, armorer);
		assertThat(after.maintenance()).singleElement()
			.satisfies((m) -> assertThat(m.action()).isEqualTo("cleaned and oiled"));
		assertThat(after.roundsSinceMaintenance()).isZero();
	}

	@Test
	void anInventoryCheckListsWhatIsMissingAndWhatIsUnexpectedAndIsKept() {
		DrillbookUser armorer = this.data.armorer();
		String inA = TestData.unique("INV");
		String inB = TestData.unique("INV");
		String out = TestData.unique("INV");
		this.armory.register(rifle(inA), armorer);
		this.armory.register(rifle(inB), armorer);
		long issued = this.armory.register(rifle(out), armorer);
		this.weaponIssues.issue(issued, Holder.recruit(this.data.recruit(null)), null, armorer);
		InventoryCheckResult result = this.inventory.checkInventory(List.of(inA.toLowerCase(), out, "NO-SUCH-1"),
				armorer);
		assertThat(result.missing()).extracting(InventoryCheckResult.Line::serial)
			.contains(inB)
			.doesNotContain(inA, out);
		assertThat(result.unexpected()).extracting(InventoryCheckResult.Line::serial).contains(out, "NOSUCH1");
		assertThat(this.inventory.inventoryChecks(armorer))
			.anySatisfy((c) -> assertThat(c.id()).isEqualTo(result.id()));
	}

	@Test
	void theInventoryNarrowsByKindStatusHomeUnitWithSubUnitsAndSerialInAnyCombination() {
		DrillbookUser armorer = this.data.armorer();
		long company = this.data.unit(null);
		long platoon = this.data.unit(company);
		long elsewhere = this.data.unit(null);
		String tag = TestData.unique("FLT");
		long rifleAtCompany = this.armory
			.register(new WeaponDefinition(WeaponKind.RIFLE, "AK-74M", tag + "-1", "5.45x39", company, null), armorer);
		long rifleAtPlatoon = this.armory
			.register(new WeaponDefinition(WeaponKind.RIFLE, "AK-74M", tag + "-2", "5.45x39", platoon, null), armorer);
		long pistolAtPlatoon = this.armory
			.register(new WeaponDefinition(WeaponKind.PISTOL, "PM", tag + "-3", "9x18", platoon, null), armorer);
		long rifleElsewhere = this.armory.register(
				new WeaponDefinition(WeaponKind.RIFLE, "AK-74M", tag + "-4", "5.45x39", elsewhere, null), armorer);
		this.weaponIssues.issue(rifleAtPlatoon, Holder.recruit(this.data.recruit(null)), null, armorer);

		assertThat(ids(null, null, company, null, armorer)).containsExactlyInAnyOrder(rifleAtCompany, rifleAtPlatoon,
				pistolAtPlatoon);
		assertThat(ids(WeaponKind.RIFLE, null, company, null, armorer)).containsExactlyInAnyOrder(rifleAtCompany,
				rifleAtPlatoon);
		assertThat(ids(WeaponKind.RIFLE, WeaponStatus.ISSUED, company, null, armorer)).containsExactly(rifleAtPlatoon);
		assertThat(ids(null, WeaponStatus.IN_ARMORY, null, tag, armorer)).containsExactlyInAnyOrder(rifleAtCompany,
				pistolAtPlatoon, rifleElsewhere);
		assertThat(ids(WeaponKind.PISTOL, null, null, tag.toLowerCase() + "-3", armorer))
			.containsExactly(pistolAtPlatoon);
		assertThat(ids(null, null, elsewhere, null, armorer)).containsExactly(rifleElsewhere);
		assertThat(ids(WeaponKind.PISTOL, null, elsewhere, null, armorer)).isEmpty();

		var firstPage = this.armory.inventory(WeaponKind.RIFLE, null, null, tag, PageRequest.of(0, 2), armorer);
		assertThat(firstPage.getContent()).hasSize(2);
		assertThat(firstPage.getTotalElements()).isEqualTo(3);
		assertThat(this.armory.inventory(WeaponKind.RIFLE, null, null, tag, PageRequest.of(1, 2), armorer).getContent())
			.extracting(WeaponRow::id)
			.containsExactly(rifleElsewhere);
	}

	private List<Long> ids(WeaponKind kind, WeaponStatus status, Long unit, String serial, DrillbookUser armorer) {
		return this.armory.inventory(kind, status, unit, serial, PageRequest.of(0, 50), armorer)
			.map(WeaponRow::id)
			.getContent();
	}

	private static WeaponDefinition rifle(String serial) {
		return new WeaponDefinition(WeaponKind.RIFLE, "AK-74M", serial, "5.45x39", null, null);
	}

}
