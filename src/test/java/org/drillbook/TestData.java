package org.drillbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.OneTimeCredentials;
import org.drillbook.account.Role;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.WeaponDefinition;
import org.drillbook.armory.WeaponKind;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.instructor.InstructorService;
import org.drillbook.qualification.QualificationService;
import org.drillbook.recruit.Enlistment;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.recruit.NewRecruit;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.RangeLogService;
import org.drillbook.session.SessionService;
import org.drillbook.unit.UnitService;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Small builders for test data through the real services, with unique codes and call
 * signs so that tests sharing one database never collide.
 */
@Component
public class TestData {

	public static final String PASSWORD = "test passphrase 2026";

	private final UnitService units;

	private final RecruitService recruits;

	private final org.drillbook.recruit.EnlistmentService enlistments;

	private final AccountService accounts;

	private final org.drillbook.account.OwnAccountService ownAccounts;

	private final InstructorService instructors;

	private final UserDetailsService users;

	private final DrillTypeService drillTypes;

	private final SessionService sessions;

	private final RangeLogService rangeLog;

	private final ArmoryService armory;

	private final QualificationService qualifications;

	private final java.time.Clock clock;

	TestData(UnitService units, RecruitService recruits, org.drillbook.recruit.EnlistmentService enlistments,
			AccountService accounts, org.drillbook.account.OwnAccountService ownAccounts, InstructorService instructors,
			UserDetailsService users, DrillTypeService drillTypes, SessionService sessions, RangeLogService rangeLog,
			ArmoryService armory, QualificationService qualifications, java.time.Clock clock) {
		this.clock = clock;
		this.qualifications = qualifications;
		this.armory = armory;
		this.sessions = sessions;
		this.rangeLog = rangeLog;
		this.drillTypes = drillTypes;
		this.units = units;
		this.recruits = recruits;
		this.enlistments = enlistments;
		this.accounts = accounts;
		this.ownAccounts = ownAccounts;
		this.instructors = instructors;
		this.users = users;
	}

	/**
	 * Today where the unit trains: the application's clock, not the test machine's zone
	 * (the two differ around midnight).
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	/** A unit with a unique code under the given parent (or at the top). */
	public long unit(Long parentId) {
		String code = unique("T");
		return this.units.create(code, "Unit " + code, parentId, DrillbookUser.SYSTEM);
	}

	/** A pass/fail drill type with a unique name. */
	public long drillType() {
		return this.drillTypes.define(DrillTypeDefinition.passFail(unique("Drill "), DrillCategory.TACTICS, null));
	}

	/**
	 * An open session of the unit, today, led by Drillbook's own admin, covering the
	 * drill.
	 */
	public long openSession(long unitId, long drillTypeId) {
		DrillbookUser lead = admin();
		long id = this.sessions.plan(
				new SessionPlan(unitId, java.time.Instant.now(), "Range 1", Set.of(drillTypeId), lead.id(), Set.of()),
				DrillbookUser.SYSTEM);
		this.sessions.open(id, this.sessions.details(id, DrillbookUser.SYSTEM).version(), DrillbookUser.SYSTEM);
		return id;
	}

	/**
	 * A session of the unit on the given day (10:00 in Warsaw), covering the drill, in
	 * which each recruit made one attempt with the given value; signed off.
	 */
	public long signedOffSession(long unitId, LocalDate day, long drillTypeId,
			java.util.Map<Long, java.math.BigDecimal> values) {
		DrillbookUser lead = admin();
		long id = this.sessions
			.plan(new SessionPlan(unitId, day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Warsaw")).toInstant(),
					"Range 1", Set.of(drillTypeId), lead.id(), Set.of()), DrillbookUser.SYSTEM);
		this.sessions.open(id, this.sessions.details(id, DrillbookUser.SYSTEM).version(), DrillbookUser.SYSTEM);
		// the session may predate their membership: take them in as guests
		this.recruits.callSignsOf(values.keySet())
			.values()
			.forEach((callSign) -> this.rangeLog.addGuest(id, callSign, DrillbookUser.SYSTEM));
		values.forEach((recruitId, value) -> this.rangeLog.recordCard(id, recruitId,
				new org.drillbook.session.CardEntry(org.drillbook.session.AttendanceStatus.PRESENT,
						java.util.Map.of(drillTypeId, value), java.util.Map.of(), UUID.randomUUID()),
				DrillbookUser.SYSTEM));
		this.sessions.signOff(id, this.sessions.details(id, DrillbookUser.SYSTEM).version(), DrillbookUser.SYSTEM);
		return id;
	}

	/** One attempt of a recruit on the session's roster, present. */
	public void attempt(long sessionId, long recruitId, long drillTypeId, java.math.BigDecimal value) {
		this.rangeLog.recordCard(sessionId, recruitId,
				new org.drillbook.session.CardEntry(org.drillbook.session.AttendanceStatus.PRESENT,
						java.util.Map.of(drillTypeId, value), java.util.Map.of(), UUID.randomUUID()),
				DrillbookUser.SYSTEM);
	}

	/** A qualification with a unique name: pass the drill once within a year. */
	public long qualification(long drillTypeId) {
		return this.qualifications.define(new org.drillbook.qualification.QualificationDefinition(unique("Q "), null,
				List.of(new org.drillbook.qualification.Requirement(drillTypeId,
						org.drillbook.qualification.QualificationRule.PASSES, 1, 365))),
				admin());
	}

	/** A battalion of 5 companies of 10 squads, with its squads in order. */
	public record Battalion(long id, List<Long> squadIds) {

	}

	/**
	 * A battalion whose recruits are spread over its squads, enlisted in one go (the path
	 * the demo and the import use), each with the status the function gives for its
	 * index.
	 */
	public Battalion battalion(int recruits, java.util.function.IntFunction<RecruitStatus> status) {
		long root = unit(null);
		List<Long> squadIds = new java.util.ArrayList<>();
		List<String> squads = new java.util.ArrayList<>();
		for (int c = 0; c < 5; c++) {
			long company = unit(root);
			for (int s = 0; s < 10; s++) {
				long squad = unit(company);
				squadIds.add(squad);
				squads.add(this.units.details(squad, DrillbookUser.SYSTEM).code());
			}
		}
		String tag = unique("B");
		List<Enlistment> enlistments = new java.util.ArrayList<>(recruits);
		for (int i = 0; i < recruits; i++) {
			enlistments.add(new Enlistment(tag + "-" + i, LocalDate.of(2025, 6, 1),
					new IdentityDetails("Name " + i, LocalDate.of(1990, 1, 1), "Ukrainian", null, null, null),
					squads.get(i % squads.size()), Position.MEMBER, status.apply(i)));
		}
		this.enlistments.enlistAll(enlistments, "test");
		return new Battalion(root, squadIds);
	}

	/** A rifle in the armory with a unique serial. */
	public long weapon() {
		return this.armory.register(
				new WeaponDefinition(WeaponKind.RIFLE, "AK-74M", unique("SN"), "5.45x39", null, null),
				DrillbookUser.SYSTEM);
	}

	public long recruit(Long unitId) {
		return recruit(unique("Cs"), unitId);
	}

	public long recruit(String callSign, Long unitId) {
		return this.recruits.enlist(new NewRecruit(callSign, LocalDate.of(2026, 9, 1), unitId, Position.MEMBER,
				new IdentityDetails("Legal " + callSign, LocalDate.of(1990, 1, 2), "Ukrainian", "+380 67 000 0000",
						"mother", "notes of " + callSign)),
				DrillbookUser.SYSTEM);
	}

	public DrillbookUser admin() {
		return user(Role.ADMIN);
	}

	public DrillbookUser armorer() {
		return user(Role.ARMORER);
	}

	/** An instructor assigned to the given units. */
	public DrillbookUser instructor(Long... unitIds) {
		String username = unique("instr-").toLowerCase();
		OneTimeCredentials created = this.instructors.create(username, null, Set.of(DrillCategory.TACTICS),
				Set.of(unitIds), DrillbookUser.SYSTEM);
		this.ownAccounts.changePassword(created.accountId(), created.password(), PASSWORD);
		return signedIn(username);
	}

	public DrillbookUser user(Role role) {
		String username = unique(role.name().toLowerCase() + "-").toLowerCase();
		this.accounts.create(username, PASSWORD, role, null);
		return signedIn(username);
	}

	/** A trainee signed in with the sign-in an admin gave the recruit. */
	public DrillbookUser trainee(long recruitId) {
		String username = unique("trainee-").toLowerCase();
		OneTimeCredentials created = this.accounts.openForRecruit(recruitId, username, DrillbookUser.SYSTEM);
		this.ownAccounts.changePassword(created.accountId(), created.password(), PASSWORD);
		return signedIn(username);
	}

	public DrillbookUser signedIn(String username) {
		return (DrillbookUser) this.users.loadUserByUsername(username);
	}

	public List<Long> subtree(long unitId) {
		return this.units.subtree(List.of(unitId));
	}

}
