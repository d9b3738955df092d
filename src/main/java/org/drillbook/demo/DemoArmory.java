package org.drillbook.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.AmmoReceipt;
import org.drillbook.armory.AmmunitionService;
import org.drillbook.armory.RoundsLine;
import org.drillbook.armory.RoundsPlanLine;
import org.drillbook.armory.SessionRounds;
import org.drillbook.armory.SessionRoundsService;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.Holder;
import org.drillbook.armory.WeaponDefinition;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.armory.WeaponKind;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.session.LogCard;
import org.drillbook.session.RangeSheetService;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionService;
import org.drillbook.session.SessionStatus;
import org.drillbook.unit.UnitService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo battalion's armory, so that every armorer screen shows something real: each
 * company's rifles, machine guns and pistols, the battalion's grenade launchers and
 * training replicas; ammunition received and some fired; weapons out for today's session
 * and one overdue from last week; a maintenance history, one weapon in maintenance and
 * one lost; and machine guns and grenade launchers that require the demo qualifications.
 */
@Component
@ConditionalOnProperty(name = "drillbook.demo.enabled", havingValue = "true")
class DemoArmory {

	private final ArmoryService armory;

	private final WeaponIssueService issues;

	private final AmmunitionService ammunition;

	private final ReadinessService readiness;

	private final UnitService units;

	private final SessionService sessions;

	private final RangeSheetService rangeSheet;

	private final SessionRoundsService rounds;

	private final Clock clock;

	DemoArmory(ArmoryService armory, WeaponIssueService issues, AmmunitionService ammunition,
			ReadinessService readiness, UnitService units, SessionService sessions, RangeSheetService rangeSheet,
			SessionRoundsService rounds, Clock clock) {
		this.rounds = rounds;
		this.armory = armory;
		this.issues = issues;
		this.ammunition = ammunition;
		this.readiness = readiness;
		this.units = units;
		this.sessions = sessions;
		this.rangeSheet = rangeSheet;
		this.clock = clock;
	}

	/** The rifles' caliber, as the ledger keys it. */
	private static final String CALIBER = "5.45x39";

	/** The first weapon the demo registers: when it is there, the armory is seeded. */
	static final String FIRST_SERIAL = "A-AK-1001";

	/** Seeds the armory once, when the battalion is there and its weapons are not. */
	void seed(String battalion) {
		DrillbookUser system = DrillbookUser.SYSTEM;
		if (!this.units.exists(battalion)
				|| !this.armory.inventory(null, null, null, FIRST_SERIAL, PageRequest.of(0, 1), system).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<String, List<Long>> rifles = new LinkedHashMap<>();
		for (String company : List.of("A", "B", "C")) {
			long unitId = this.units.summary(battalion + "-" + company).id();
			List<Long> ids = new ArrayList<>();
			for (int i = 1; i <= 12; i++) {
				ids.add(register(WeaponKind.RIFLE, "AK-74M", company + "-AK-" + (1000 + i), "5.45x39", unitId));
			}
			rifles.put(company, ids);
			for (int i = 1; i <= 2; i++) {
				register(WeaponKind.MACHINE_GUN, "PKM", company + "-PKM-" + (200 + i), "7.62x54R", unitId);
				register(WeaponKind.PISTOL, "PM", company + "-PM-" + (300 + i), "9x18", unitId);
			}
		}
		long battalionId = this.units.summary(battalion).id();
		for (int i = 1; i <= 2; i++) {
			register(WeaponKind.GRENADE_LAUNCHER, "RPG-7V2", "BN-RPG-" + (400 + i), "40 mm", battalionId);
		}
		for (int i = 1; i <= 4; i++) {
			register(WeaponKind.TRAINING_REPLICA, "Rubber AK (training)", "BN-TR-" + (500 + i), "none", battalionId);
		}

		String delivery = "Delivery from the regiment's depot";
		this.ammunition.receive(new AmmoReceipt("5.45x39", "270-19-0412", "Tula Cartridge Works",
				LocalDate.of(2019, 4, 12), 4_000, delivery), system);
		this.ammunition.receive(new AmmoReceipt("5.45x39", "60-22-1107", "Barnaul Cartridge Plant",
				LocalDate.of(2022, 11, 7), 20_000, delivery), system);
		this.ammunition.receive(new AmmoReceipt("7.62x54R", "188-20-0303", "Novosibirsk Low-Voltage Equipment Plant",
				LocalDate.of(2020, 3, 3), 6_000, delivery), system);
		this.ammunition.receive(new AmmoReceipt("9x18", "539-21-0820", "Yuryuzan Mechanical Plant",
				LocalDate.of(2021, 8, 20), 3_000, delivery), system);
		this.ammunition.consume("5.45x39", null, 1_800, this.units.summary(battalion + "-A").id(),
				"Zeroing day, Alpha Company", system);
		this.ammunition.consume("7.62x54R", null, 400, this.units.summary(battalion + "-B").id(),
				"Machine-gun range day, Bravo Company", system);

		List<Long> alpha = rifles.get("A");
		for (int i = 0; i < 3; i++) {
			this.armory.logMaintenance(alpha.get(i), today.minusDays(30), "Cleaned and oiled after the range day",
					system);
			this.armory.logMaintenance(alpha.get(i), today.minusDays(9), "Barrel and bolt inspected", system);
		}
		List<Long> charlie = rifles.get("C");
		this.armory.toggleMaintenance(charlie.get(11), 0, system);
		this.armory.logMaintenance(charlie.get(11), today.minusDays(2), "Extractor spring replaced", system);
		this.armory.reportLost(charlie.get(10), today.minusDays(12),
				"Not returned after the night exercise; search " + "of the woodland training area under way", 0,
				system);

		issueForToday(battalion + "-A1", alpha.subList(3, 6));
		issueOverdue(battalion + "-B1", rifles.get("B").get(0));
		roundsCountedBack(session(battalion + "-A1", SessionStatus.SIGNED_OFF), 20, 20);
		roundsCountedBack(session(battalion + "-B1", SessionStatus.SIGNED_OFF), 30, 25);
		roundsDrawnForToday(session(battalion + "-A1", SessionStatus.OPEN));

		Map<String, Long> qualifications = this.readiness.activeNames(system)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		if (qualifications.containsKey("Basic rifle") && qualifications.containsKey("Squad tactics")) {
			this.issues.requireForKind(WeaponKind.MACHINE_GUN,
					Set.of(qualifications.get("Basic rifle"), qualifications.get("Squad tactics")), system);
			this.issues.requireForKind(WeaponKind.GRENADE_LAUNCHER, Set.of(qualifications.get("Basic rifle")), system);
		}
	}

	private long register(WeaponKind kind, String model, String serial, String caliber, long unitId) {
		return this.armory.register(new WeaponDefinition(kind, model, serial, caliber, unitId, null),
				DrillbookUser.SYSTEM);
	}

	/** Rifles out to the first three on the sheet of the platoon's session today. */
	private void issueForToday(String platoon, List<Long> weapons) {
		SessionRow today = session(platoon, SessionStatus.OPEN);
		if (today == null) {
			return;
		}
		List<LogCard> cards = this.rangeSheet.logSheet(today.id(), DrillbookUser.SYSTEM).cards();
		Map<Long, Long> weaponByRecruit = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(weapons.size(), cards.size()); i++) {
			weaponByRecruit.put(cards.get(i).recruitId(), weapons.get(i));
		}
		this.issues.issueForSession(today.id(), weaponByRecruit, DrillbookUser.SYSTEM);
	}

	/** A rifle still out after the platoon's latest signed-off session: overdue. */
	private void issueOverdue(String platoon, long weapon) {
		SessionRow past = session(platoon, SessionStatus.SIGNED_OFF);
		if (past == null) {
			return;
		}
		List<LogCard> cards = this.rangeSheet.logSheet(past.id(), DrillbookUser.SYSTEM).cards();
		if (!cards.isEmpty()) {
			this.issues.issue(weapon, Holder.recruit(cards.get(0).recruitId()), past.id(), DrillbookUser.SYSTEM);
		}
	}

	/**
	 * A past session's rounds: planned as proposed, drawn (what was fired and
	 * {@code spare} more), and counted back; a return short of the spare leaves a
	 * discrepancy for the armorer's dashboard.
	 */
	private void roundsCountedBack(SessionRow past, int spare, int back) {
		if (past == null) {
			return;
		}
		long spent = planAsProposed(past.id()).accounts().stream().mapToLong(RoundsLine::spent).sum();
		this.rounds.draw(past.id(), CALIBER, null, (int) spent + spare, DrillbookUser.SYSTEM);
		this.rounds.takeBack(past.id(), Map.of(CALIBER, back), DrillbookUser.SYSTEM);
	}

	/** Today's session: planned, and its rounds drawn (awaiting return). */
	private void roundsDrawnForToday(SessionRow today) {
		if (today == null) {
			return;
		}
		long planned = planAsProposed(today.id()).planned();
		// a session whose drills fire nothing still takes rounds to the range for zeroing
		this.rounds.draw(today.id(), CALIBER, null, (int) Math.max(planned, 60), DrillbookUser.SYSTEM);
	}

	private SessionRounds planAsProposed(long sessionId) {
		SessionRounds proposal = this.rounds.rounds(sessionId, DrillbookUser.SYSTEM);
		this.rounds.plan(sessionId,
				proposal.plan()
					.stream()
					.map((l) -> new RoundsPlanLine(l.drillTypeId(), null, CALIBER, l.attempts(), l.roundsPerAttempt(),
							l.attendees()))
					.toList(),
				proposal.version(), DrillbookUser.SYSTEM);
		return this.rounds.rounds(sessionId, DrillbookUser.SYSTEM);
	}

	private SessionRow session(String platoon, SessionStatus status) {
		long unitId = this.units.summary(platoon).id();
		for (boolean upcoming : List.of(false, true)) {
			SessionRow found = this.sessions.list(unitId, upcoming, false, PageRequest.of(0, 20), DrillbookUser.SYSTEM)
				.getContent()
				.stream()
				.filter((s) -> s.status() == status)
				.findFirst()
				.orElse(null);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}
