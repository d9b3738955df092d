package org.drillbook.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.instructor.InstructorService;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.CardEntry;
import org.drillbook.session.LogCard;
import org.drillbook.session.LogSheet;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.RangeSheetService;
import org.drillbook.session.SessionService;
import org.drillbook.account.InitialAdminProperties;
import org.drillbook.account.Role;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.qualification.QualificationDefinition;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.QualificationService;
import org.drillbook.qualification.UnitRequirementService;
import org.drillbook.qualification.Requirement;
import org.drillbook.recruit.Enlistment;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.EnlistmentService;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.unit.UnitService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a multinational demo battalion: units, recruits, instructors, an armorer and the
 * drill catalogue. Idempotent: what exists already is left as it is.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "drillbook.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

	/**
	 * The password of every demo account; listed in README.md, never used outside demo
	 * mode.
	 */
	static final String DEMO_PASSWORD = "drillbook-demo";

	static final String BATTALION = "1VB";

	private static final String SEEDER = "demo";

	private static final Log log = LogFactory.getLog(DemoDataSeeder.class);

	private final DemoProperties properties;

	private final InitialAdminProperties admin;

	private final AccountService accounts;

	private final UnitService units;

	private final RecruitService recruits;

	private final EnlistmentService enlistments;

	private final DrillTypeService drillTypes;

	private final InstructorService instructors;

	private final SessionService sessions;

	private final RangeLogService rangeLog;

	private final RangeSheetService rangeSheet;

	private final QualificationService qualifications;

	private final UnitRequirementService unitRequirements;

	private final TransactionTemplate transaction;

	private final PlatformTransactionManager transactionManager;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final DemoArmory armory;

	/** Held while seeding: two instances started at once seed one after the other. */
	static final long SEED_LOCK = 0x6472696c6c626b64L;

	DemoDataSeeder(DemoProperties properties, InitialAdminProperties admin, AccountService accounts, UnitService units,
			RecruitService recruits, EnlistmentService enlistments, DrillTypeService drillTypes,
			InstructorService instructors, SessionService sessions, RangeLogService rangeLog,
			RangeSheetService rangeSheet, QualificationService qualifications, UnitRequirementService unitRequirements,
			PlatformTransactionManager transactionManager, Clock clock, JdbcTemplate jdbc, DemoArmory armory) {
		this.jdbc = jdbc;
		this.armory = armory;
		this.sessions = sessions;
		this.rangeLog = rangeLog;
		this.rangeSheet = rangeSheet;
		this.qualifications = qualifications;
		this.unitRequirements = unitRequirements;
		this.properties = properties;
		this.instructors = instructors;
		this.admin = admin;
		this.accounts = accounts;
		this.units = units;
		this.recruits = recruits;
		this.enlistments = enlistments;
		this.drillTypes = drillTypes;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transactionManager = transactionManager;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			// the second of two instances started at once waits here, then finds it all
			// seeded
			this.jdbc.queryForList("select pg_advisory_xact_lock(?)", SEED_LOCK);
			seedAccounts();
			seedDrillTypes();
			if (!this.units.exists(BATTALION)) {
				List<String> squads = seedUnits();
				assignInstructors();
				seedRecruits(squads);
				forgetLoaded();
				seedSessions(new Random(this.properties.randomSeed() + 1));
				log.info("Seeded the demo battalion with " + this.properties.recruits() + " recruits.");
			}
			seedQualifications();
			this.armory.seed(BATTALION);
			seedTrainee();
		});
	}

	/**
	 * A sign-in for one of the battalion's recruits with results, so that the trainee's
	 * own pages can be tried.
	 */
	private void seedTrainee() {
		if (this.accounts.exists(TRAINEE)) {
			return;
		}
		this.jdbc.queryForList("""
				with recursive tree as (
				    select id from unit where code = ?
				    union
				    select u.id from unit u join tree t on u.parent_id = t.id
				)
				select m.recruit_id from membership m join tree t on t.id = m.unit_id
				where m.valid_to is null and exists (select 1 from drill_result r where r.recruit_id = m.recruit_id)
				order by m.recruit_id limit 1
				""", Long.class, BATTALION)
			.forEach((recruitId) -> this.accounts.createTrainee(TRAINEE, DEMO_PASSWORD, recruitId));
	}

	/**
	 * Three qualifications on the demo catalogue; the battalion requires two of them. The
	 * handling check is valid for 45 days, so that some of the demo's results lapse soon.
	 */
	private void seedQualifications() {
		if (!this.units.exists(BATTALION) || this.qualifications.exists("Basic rifle")) {
			return;
		}
		DrillbookUser admin = DrillbookUser.SYSTEM;
		long rifle = this.qualifications
			.define(new QualificationDefinition("Basic rifle", "Safe handling and a grouping on the 25 m range.",
					List.of(requirement("Weapon safety and handling check", QualificationRule.LAST_ATTEMPT, 1, 45),
							requirement("Grouping at 25 m", QualificationRule.PASSES, 1, 180))),
					admin);
		long aid = this.qualifications.define(
				new QualificationDefinition("Combat first aid",
						"Tourniquet twice within 90 days, and the casualty care drill passed at the last attempt.",
						List.of(requirement("Tourniquet self-application", QualificationRule.PASSES, 2, 90),
								requirement("Casualty care under fire", QualificationRule.LAST_ATTEMPT, 1, 365))),
				admin);
		this.qualifications.define(new QualificationDefinition("Squad tactics", null,
				List.of(requirement("React to contact", QualificationRule.PASSES, 1, 120),
						requirement("Ambush break contact", QualificationRule.PASSES, 1, 120))),
				admin);
		this.unitRequirements.requireOfUnit(this.units.summary(BATTALION).id(), List.of(rifle, aid), admin);
	}

	private Requirement requirement(String drill, QualificationRule rule, int passes, int days) {
		long id = this.drillTypes.active()
			.stream()
			.filter((d) -> d.name().equals(drill))
			.findFirst()
			.orElseThrow()
			.id();
		return new Requirement(id, rule, passes, days);
	}

	private void seedAccounts() {
		if (!this.accounts.hasAccounts()) {
			if (this.admin.given()) {
				this.accounts.create(this.admin.username(), this.admin.password(), Role.ADMIN, null);
			}
			else {
				this.accounts.create("admin", DEMO_PASSWORD, Role.ADMIN, null);
			}
		}
		account("grom", Role.INSTRUCTOR, "Grom");
		account("ranger", Role.INSTRUCTOR, "Ranger");
		account("pahonia", Role.INSTRUCTOR, "Пагоня");
		account("kobzar", Role.INSTRUCTOR, "Кобзар");
		account("arsenal", Role.ARMORER, "Arsenal");
	}

	/** The demo trainee's username. */
	static final String TRAINEE = "trainee";

	private void account(String username, Role role, String callSign) {
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, DEMO_PASSWORD, role, callSign);
		}
	}

	private void seedDrillTypes() {
		for (DrillTypeDefinition definition : catalogue()) {
			if (!this.drillTypes.exists(definition.name())) {
				this.drillTypes.define(definition, DemoCatalogue.translations(definition.name()), DrillbookUser.SYSTEM);
			}
		}
	}

	/**
	 * The demo's drill catalogue, in English (its translations are
	 * {@link DemoCatalogue}'s).
	 */
	static List<DrillTypeDefinition> catalogue() {
		return List.of(DrillTypeDefinition.timed("Magazine change under time", DrillCategory.WEAPON_HANDLING,
				"Fire, drop the empty magazine, insert a full one and fire again.", new BigDecimal("6.0"), 4, "rifle"),
				DrillTypeDefinition.timed("Stoppage clearance (tap, rack, bang)", DrillCategory.WEAPON_HANDLING,
						"Clear a simulated misfire and re-engage.", new BigDecimal("4.0"), 2, "rifle"),
				DrillTypeDefinition.passFail("Weapon safety and handling check", DrillCategory.WEAPON_HANDLING,
						"Clear, make safe and hand over the weapon without flagging anyone."),
				DrillTypeDefinition.hits("Grouping at 25 m", DrillCategory.MARKSMANSHIP,
						"Five rounds prone supported; hits inside the 10 cm circle.", 5, 4, "rifle"),
				DrillTypeDefinition.hits("Pistol at 7 m", DrillCategory.MARKSMANSHIP,
						"Ten rounds standing, two-handed grip.", 10, 7, "pistol"),
				DrillTypeDefinition.points("Qualification shoot 100 m", DrillCategory.MARKSMANSHIP,
						"Standard qualification course, prone, kneeling and standing.", 50, 35),
				DrillTypeDefinition.checklist("React to contact", DrillCategory.TACTICS,
						"Fire team reacts to contact front, observed step by step.",
						List.of(new ChecklistStep("Returns fire at once", true), new ChecklistStep("Takes cover", true),
								new ChecklistStep("Shouts the contact: direction, distance, description", false),
								new ChecklistStep("Locates the enemy", true),
								new ChecklistStep("Wins the firefight with aimed fire", false),
								new ChecklistStep("Reports to the section commander", false)),
						80),
				DrillTypeDefinition.points("Ambush break contact", DrillCategory.TACTICS,
						"Near ambush: assault through or break contact, assessed by the instructor.", 10, 7),
				DrillTypeDefinition.timed("Tourniquet self-application", DrillCategory.FIRST_AID,
						"Apply a tourniquet to your own limb, one hand.", new BigDecimal("30.0"), null, null),
				DrillTypeDefinition.checklist("Casualty care under fire", DrillCategory.FIRST_AID,
						"MARCH sequence on a casualty while under simulated fire.",
						List.of(new ChecklistStep("Massive bleeding: tourniquet high and tight", true),
								new ChecklistStep("Airway: opened and kept open", true),
								new ChecklistStep("Respiration: chest checked, wound sealed", false),
								new ChecklistStep("Circulation: other bleeding found and packed", false),
								new ChecklistStep("Hypothermia: casualty wrapped", false),
								new ChecklistStep("Casualty card filled in and passed on", false)),
						70),
				DrillTypeDefinition.timed("Casualty drag 50 m", DrillCategory.FITNESS,
						"Drag a 70 kg casualty 50 m to cover.", new BigDecimal("90.0"), null, null),
				DrillTypeDefinition.passFail("Radio report (SALUTE)", DrillCategory.COMMUNICATIONS,
						"Send a complete SALUTE report on the squad net."));
	}

	private void assignInstructors() {
		assign("grom", BATTALION + "-A", DrillCategory.MARKSMANSHIP, DrillCategory.WEAPON_HANDLING);
		assign("ranger", BATTALION + "-B", DrillCategory.TACTICS, DrillCategory.FITNESS);
		assign("pahonia", BATTALION + "-C", DrillCategory.COMMUNICATIONS, DrillCategory.TACTICS);
		assign("kobzar", BATTALION, DrillCategory.FIRST_AID);
	}

	private void assign(String username, String unitCode, DrillCategory... categories) {
		this.instructors.assign(this.accounts.idOf(username), Set.of(categories),
				Set.of(this.units.summary(unitCode).id()), 0, DrillbookUser.SYSTEM);
	}

	private List<String> seedUnits() {
		this.units.create(BATTALION, "1st Volunteer Battalion", (String) null, DrillbookUser.SYSTEM);
		String[] companies = { "Alpha", "Bravo", "Charlie" };
		List<String> squads = new ArrayList<>();
		for (String company : companies) {
			String companyCode = BATTALION + "-" + company.charAt(0);
			this.units.create(companyCode, company + " Company", BATTALION, DrillbookUser.SYSTEM);
			for (int p = 1; p <= 3; p++) {
				String platoonCode = companyCode + p;
				this.units.create(platoonCode, ordinal(p) + " Platoon, " + company, companyCode, DrillbookUser.SYSTEM);
				for (int s = 1; s <= 3; s++) {
					String squadCode = platoonCode + "-" + s;
					this.units.create(squadCode, ordinal(s) + " Squad, " + ordinal(p) + " Platoon, " + company,
							platoonCode, DrillbookUser.SYSTEM);
					squads.add(squadCode);
				}
			}
		}
		return squads;
	}

	/**
	 * Writes what is pending and forgets the records loaded so far: the seeding is one
	 * transaction, and otherwise every later query would first dirty-check thousands of
	 * recruits, their status changes and memberships (minutes at 5,000 recruits).
	 */
	private void forgetLoaded() {
		if (this.transactionManager instanceof org.springframework.orm.jpa.JpaTransactionManager jpa) {
			jakarta.persistence.EntityManager entityManager = org.springframework.orm.jpa.EntityManagerFactoryUtils
				.getTransactionalEntityManager(jpa.getEntityManagerFactory());
			if (entityManager != null) {
				entityManager.flush();
				entityManager.clear();
			}
		}
	}

	private void seedRecruits(List<String> squads) {
		Random random = new Random(this.properties.randomSeed());
		LocalDate today = LocalDate.now(this.clock);
		CallSigns callSigns = new CallSigns();
		List<Enlistment> enlistments = new ArrayList<>();
		for (int i = 0; i < this.properties.recruits(); i++) {
			RecruitStatus status = status(random.nextInt(100));
			String squad = squads.get(i % squads.size());
			int inSquad = i / squads.size();
			Position position = switch (inSquad) {
				case 0 -> Position.SQUAD_LEADER;
				case 1 -> Position.DEPUTY_LEADER;
				case 2 -> Position.MEDIC;
				case 3 -> Position.RADIO_OPERATOR;
				case 4 -> Position.MACHINE_GUNNER;
				default -> Position.MEMBER;
			};
			LocalDate intake = today.minusDays(7 + random.nextInt(240));
			String unit = (status == RecruitStatus.DISCHARGED) ? null : squad;
			enlistments.add(new Enlistment(callSigns.next(random), intake, DemoPeople.identity(random, today), unit,
					position, status));
		}
		this.enlistments.enlistAll(enlistments, SEEDER);
	}

	/**
	 * Four weeks of signed-off sessions per platoon with results, one open today and one
	 * planned for tomorrow, so that logging, records and rates have something to show.
	 */
	private void seedSessions(Random random) {
		List<DrillTypeRow> catalogue = this.drillTypes.active();
		String[][] companies = { { "A", "grom" }, { "B", "ranger" }, { "C", "pahonia" } };
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		for (String[] company : companies) {
			long lead = this.accounts.idOf(company[1]);
			for (int p = 1; p <= 3; p++) {
				long platoon = this.units.summary(BATTALION + "-" + company[0] + p).id();
				for (int week = 4; week >= 1; week--) {
					long id = plan(platoon, today.minusWeeks(week).atTime(9, 0).atZone(zone).toInstant(), lead,
							catalogue, random);
					this.sessions.open(id, version(id), DrillbookUser.SYSTEM);
					logResults(id, random);
					this.sessions.signOff(id, version(id), DrillbookUser.SYSTEM);
				}
				long open = plan(platoon, today.atTime(8, 0).atZone(zone).toInstant(), lead, catalogue, random);
				this.sessions.open(open, version(open), DrillbookUser.SYSTEM);
				plan(platoon, today.plusDays(1).atTime(9, 0).atZone(zone).toInstant(), lead, catalogue, random);
			}
		}
	}

	private long plan(long unitId, java.time.Instant at, long lead, List<DrillTypeRow> catalogue, Random random) {
		Set<Long> drills = new HashSet<>();
		while (drills.size() < 3) {
			drills.add(catalogue.get(random.nextInt(catalogue.size())).id());
		}
		String place = RANGES[random.nextInt(RANGES.length)];
		return this.sessions.plan(new SessionPlan(unitId, at, place, drills, lead, Set.of()), DrillbookUser.SYSTEM);
	}

	private void logResults(long sessionId, Random random) {
		LogSheet sheet = this.rangeSheet.logSheet(sessionId, DrillbookUser.SYSTEM);
		for (LogCard card : sheet.cards().subList(0, Math.min(12, sheet.cards().size()))) {
			int roll = random.nextInt(100);
			AttendanceStatus attendance = (roll < 80) ? AttendanceStatus.PRESENT : (roll < 88) ? AttendanceStatus.LATE
					: (roll < 95) ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
			Map<Long, BigDecimal> values = new HashMap<>();
			Map<Long, Integer> rounds = new HashMap<>();
			Map<Long, Set<Integer>> steps = new HashMap<>();
			if (attendance.tookPart()) {
				for (DrillTypeRow drill : sheet.session().drills()) {
					if (drill.definition().standard() == org.drillbook.drill.StandardKind.CHECKLIST) {
						steps.put(drill.id(), DemoResults.steps(drill.definition(), random));
						continue;
					}
					values.put(drill.id(), DemoResults.value(drill.definition(), random));
					if (drill.definition().roundsPerAttempt() != null) {
						rounds.put(drill.id(), drill.definition().roundsPerAttempt());
					}
				}
			}
			AbsenceReason reason = attendance.tookPart() ? null
					: AbsenceReason.values()[random.nextInt(AbsenceReason.OTHER.ordinal())];
			this.rangeLog.recordCard(sessionId, card.recruitId(),
					new CardEntry(attendance, reason, null, values, rounds, steps, UUID.randomUUID()),
					DrillbookUser.SYSTEM);
		}
	}

	private long version(long sessionId) {
		return this.sessions.details(sessionId, DrillbookUser.SYSTEM).version();
	}

	private static final String[] RANGES = { "Range 1, north bank", "Range 3 (25 m)", "Woodland training area",
			"Urban village", "Strzelnica Orzysz", "Classroom 2" };

	private static RecruitStatus status(int percentile) {
		if (percentile < 15) {
			return RecruitStatus.APPLICANT;
		}
		if (percentile < 63) {
			return RecruitStatus.IN_TRAINING;
		}
		if (percentile < 83) {
			return RecruitStatus.QUALIFIED;
		}
		if (percentile < 92) {
			return RecruitStatus.DEPLOYED;
		}
		return (percentile < 97) ? RecruitStatus.ON_LEAVE : RecruitStatus.DISCHARGED;
	}

	private static String ordinal(int n) {
		return switch (n) {
			case 1 -> "1st";
			case 2 -> "2nd";
			case 3 -> "3rd";
			default -> n + "th";
		};
	}

	/** Call signs as a multinational battalion uses them: Latin, Polish and Cyrillic. */
	private final class CallSigns {

		private static final String[] WORDS = { "Zubr", "Sokół", "Wilk", "Kruk", "Grot", "Orzeł", "Ryś", "Borsuk",
				"Jastrząb", "Mewa", "Iskra", "Piorun", "Husky", "Maverick", "Ghost", "Tex", "Bishop", "Hawk", "Doc",
				"Diesel", "Rook", "Viking", "Зубр", "Лис", "Сокіл", "Вовк", "Кіт", "Грім", "Орел", "Беркут", "Чорний",
				"Сич", "Ясень", "Дніпро", "Козак", "Характерник", "Бобер", "Мольфар", "Зорич", "Вепр", "Багна",
				"Ліцвін", "Буслик", "Крывіч", "Пушча", "Рысь", "Ваўк", "Тур", "Сава", "Бусел", "Віхор", "Нёман",
				"Прыпяць", "Ліс", "Пілот", "Шаман", "Тайфун", "Скіф", "Мангуст", "Фенікс" };

		private final Set<String> used = new HashSet<>();

		String next(Random random) {
			while (true) {
				String word = WORDS[random.nextInt(WORDS.length)];
				String candidate = this.used.size() < WORDS.length ? word : word + "-" + (10 + random.nextInt(990));
				if (this.used.add(candidate.toLowerCase(Locale.ROOT))
						&& !DemoDataSeeder.this.recruits.callSignTaken(candidate)) {
					return candidate;
				}
			}
		}

	}

}
