package org.drillbook.armory;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.recruit.RecruitService;
import org.drillbook.system.LocalizedDates;
import org.drillbook.system.PlausibleDates;
import org.drillbook.unit.UnitService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The armory: weapons, and who holds which. Armorers and admins manage it; a weapon is
 * never issued twice at once (the database refuses it too), and every move is audited.
 */
@Service
public class ArmoryService {

	private final WeaponRepository weapons;

	private final WeaponIssueRepository issues;

	private final UnitService units;

	private final RecruitService recruits;

	private final org.drillbook.account.AccountService accounts;

	private final AuditService audit;

	private final LocalizedDates dates;

	private final Clock clock;

	private final ArmoryRecords records;

	ArmoryService(WeaponRepository weapons, WeaponIssueRepository issues, UnitService units, RecruitService recruits,
			org.drillbook.account.AccountService accounts, AuditService audit, Clock clock, ArmoryRecords records,
			LocalizedDates dates) {
		this.records = records;
		this.dates = dates;
		this.weapons = weapons;
		this.issues = issues;
		this.units = units;
		this.recruits = recruits;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<WeaponRow> inventory(WeaponKind kind, WeaponStatus status, Long unitId, String serial,
			Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Long[] unitIds = (unitId != null) ? this.units.subtree(List.of(unitId)).toArray(Long[]::new) : new Long[0];
		String pattern = (serial == null || serial.isBlank()) ? ""
				: "%" + WeaponDefinition.normalise(serial).replace("%", "").replace("_", "") + "%";
		return this.weapons
			.inventory((kind != null) ? kind.name() : "", (status != null) ? status.name() : "", unitIds, pattern,
					pageable)
			.map(Weapon::row);
	}

	@Transactional(readOnly = true)
	public WeaponDetails details(long id, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = find(id);
		List<WeaponIssue> history = this.issues.history(id);
		Map<String, String> names = holderNames(history);
		return new WeaponDetails(weapon.row(), history.stream().map((i) -> i.row(names.get(holderKey(i)))).toList(),
				this.records.maintenance(id), this.records.roundsSinceMaintenance(id));
	}

	@Transactional
	public long register(WeaponDefinition definition, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		checkDefinition(definition);
		if (this.weapons.existsBySerialKey(definition.serialKey())) {
			throw new ArmoryException("armory.error.serialTaken");
		}
		long id = this.weapons.save(new Weapon(definition, this.clock.instant())).getId();
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_REGISTERED, AuditRecordType.WEAPON, id,
				Changes.of()
					.set("kind", definition.kind())
					.set("serial", definition.serial())
					.set("caliber", definition.caliber()));
		return id;
	}

	@Transactional
	public void describe(long id, WeaponDefinition definition, long version, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		checkDefinition(definition);
		Weapon weapon = findForChange(id, version);
		if (this.weapons.serialTakenByAnother(definition.serialKey(), id)) {
			throw new ArmoryException("armory.error.serialTaken");
		}
		WeaponDefinition before = weapon.row().definition();
		weapon.describe(definition);
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_CHANGED, AuditRecordType.WEAPON, id,
				Changes.of()
					.change("serial", before.serial(), definition.serial().strip())
					.change("makeModel", before.makeModel(), definition.makeModel().strip())
					.change("caliber", before.caliber(), definition.caliber().strip())
					.change("homeUnit", unitCode(before.homeUnitId()), unitCode(definition.homeUnitId())));
	}

	/**
	 * Issues a weapon to a person; the losing side of a race gets
	 * {@code armory.error.alreadyIssued}.
	 */
	@Transactional
	public void issue(long weaponId, Holder holder, Long sessionId, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = find(weaponId);
		weapon.issue();
		try {
			this.issues.save(new WeaponIssue(weaponId, holder, sessionId, actor.getUsername(), this.clock.instant()));
			this.issues.flush();
		}
		catch (DataIntegrityViolationException | org.springframework.dao.OptimisticLockingFailureException ex) {
			throw new ArmoryException("armory.error.alreadyIssued");
		}
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_ISSUED, AuditRecordType.WEAPON, weaponId,
				Changes.of()
					.set("serial", weapon.getSerial())
					.set("holder", holderName(holder))
					.set("session", sessionId));
	}

	@Transactional
	public void takeBack(long weaponId, ReturnCondition condition, String notes, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = find(weaponId);
		WeaponIssue open = this.issues.findOpen(weaponId).orElseThrow(() -> new ArmoryException("armory.error.notOut"));
		weapon.takeBack(condition);
		open.close(condition, notes, actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_RETURNED, AuditRecordType.WEAPON, weaponId,
				Changes.of()
					.set("serial", weapon.getSerial())
					.set("condition", condition)
					.set("status", weapon.getStatus()));
	}

	@Transactional
	public void toggleMaintenance(long weaponId, long version, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = findForChange(weaponId, version);
		weapon.toggleMaintenance();
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_MAINTENANCE, AuditRecordType.WEAPON, weaponId,
				Changes.of().set("serial", weapon.getSerial()).set("status", weapon.getStatus()));
	}

	/** Adds an entry to the weapon's maintenance log. */
	@Transactional
	public void logMaintenance(long weaponId, java.time.LocalDate doneOn, String action, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = find(weaponId);
		if (action == null || action.isBlank() || doneOn == null) {
			throw new ArmoryException("armory.error.maintenanceIncomplete");
		}
		if (!PlausibleDates.MAINTENANCE.contains(doneOn, this.dates.today())) {
			throw new ArmoryException("armory.error.maintenanceDate");
		}
		this.records.logMaintenance(weaponId, doneOn, action.strip(), actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_MAINTAINED, AuditRecordType.WEAPON, weaponId,
				Changes.of().set("serial", weapon.getSerial()).set("on", doneOn).set("action", action.strip()));
	}

	/**
	 * Compares a physical count (the serials seen in the armory) with what should be
	 * there: weapons in the armory or in maintenance. The result is kept.
	 */
	@Transactional
	public InventoryCheckResult checkInventory(List<String> serialsSeen, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Map<String, Weapon> byKey = new HashMap<>();
		this.weapons.register().forEach((w) -> byKey.put(w.getSerialKey(), w));
		Set<String> seen = new java.util.TreeSet<>();
		for (String serial : serialsSeen) {
			String key = WeaponDefinition.normalise(serial);
			if (!key.isEmpty()) {
				seen.add(key);
			}
		}
		List<InventoryCheckResult.Line> missing = new java.util.ArrayList<>();
		int expected = 0;
		for (Weapon weapon : byKey.values()) {
			if (inArmory(weapon)) {
				expected++;
				if (!seen.contains(weapon.getSerialKey())) {
					missing.add(new InventoryCheckResult.Line(weapon.row().serial(), weapon.row().makeModel()));
				}
			}
		}
		List<InventoryCheckResult.Line> unexpected = new java.util.ArrayList<>();
		for (String key : seen) {
			Weapon weapon = byKey.get(key);
			if (weapon == null) {
				unexpected.add(new InventoryCheckResult.Line(key, null));
			}
			else if (!inArmory(weapon)) {
				unexpected.add(new InventoryCheckResult.Line(weapon.row().serial(), weapon.getStatus().name()));
			}
		}
		missing.sort(java.util.Comparator.comparing(InventoryCheckResult.Line::serial));
		long id = this.records.saveCheck(actor.getUsername(), this.clock.instant(), expected, seen.size(), missing,
				unexpected);
		this.audit.record(actor.getUsername(), AuditAction.INVENTORY_CHECKED, AuditRecordType.INVENTORY, id,
				Changes.of()
					.set("expected", expected)
					.set("seen", seen.size())
					.set("missing", missing.size())
					.set("unexpected", unexpected.size()));
		return new InventoryCheckResult(id, actor.getUsername(), this.clock.instant(), expected, seen.size(), missing,
				unexpected);
	}

	@Transactional(readOnly = true)
	public List<InventoryCheckResult> inventoryChecks(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.records.checks(20);
	}

	/**
	 * Every weapon with its current holder, for the inventory and "who holds what"
	 * exports; audited.
	 */
	@Transactional
	public List<InventoryLine> inventoryReport(boolean onlyOut, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		List<Weapon> all = this.weapons.register();
		List<WeaponIssue> open = this.issues.openFor(all.stream().map(Weapon::getId).toList());
		Map<Long, WeaponIssue> openByWeapon = new HashMap<>();
		open.forEach((i) -> openByWeapon.put(i.getWeaponId(), i));
		Map<String, String> names = holderNames(open);
		this.audit.record(actor.getUsername(), AuditAction.INVENTORY_EXPORTED, AuditRecordType.INVENTORY, null,
				Changes.of().set("onlyOut", onlyOut));
		return all.stream().filter((w) -> !onlyOut || openByWeapon.containsKey(w.getId())).map((w) -> {
			WeaponIssue issue = openByWeapon.get(w.getId());
			IssueRow row = (issue != null) ? issue.row(names.get(holderKey(issue))) : null;
			return new InventoryLine(w.row(), (row != null) ? row.holder() : null,
					(row != null) ? row.issuedAt() : null);
		}).toList();
	}

	private static boolean inArmory(Weapon weapon) {
		return weapon.getStatus() == WeaponStatus.IN_ARMORY || weapon.getStatus() == WeaponStatus.IN_MAINTENANCE;
	}

	/** Issues weapons to a session's attendees in one step: all of them, or none. */
	@Transactional
	public void issueForSession(long sessionId, Map<Long, Long> weaponByRecruit, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		for (Map.Entry<Long, Long> pair : weaponByRecruit.entrySet()) {
			issue(pair.getValue(), Holder.recruit(pair.getKey()), sessionId, actor);
		}
	}

	/** Takes back weapons of a session in one step. */
	@Transactional
	public void takeBackForSession(long sessionId, List<Long> weaponIds, ReturnCondition condition,
			DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		for (Long weaponId : weaponIds) {
			takeBack(weaponId, condition, null, actor);
		}
	}

	/** Weapons out for a session, with who holds each. */
	@Transactional(readOnly = true)
	public List<IssueRow> outForSession(long sessionId, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return rows(this.issues.openForSession(sessionId));
	}

	/** Weapons still out after their session ended, for the armorer's dashboard. */
	@Transactional(readOnly = true)
	public List<IssueRow> overdue(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return rows(this.issues.overdue(this.clock.instant()));
	}

	/** Weapons in the armory, to issue. */
	@Transactional(readOnly = true)
	public List<WeaponRow> available(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.weapons.available().stream().map(Weapon::row).toList();
	}

	/**
	 * Issues with the holder's name and the weapon in words, in a fixed number of
	 * queries.
	 */
	private List<IssueRow> rows(List<WeaponIssue> found) {
		Map<String, String> names = holderNames(found);
		Map<Long, WeaponRow> weaponsById = new HashMap<>();
		this.weapons.findAllById(found.stream().map(WeaponIssue::getWeaponId).toList())
			.forEach((w) -> weaponsById.put(w.getId(), w.row()));
		return found.stream()
			.map((i) -> i.row(names.get(holderKey(i)) + " · " + describe(weaponsById.get(i.getWeaponId()))))
			.toList();
	}

	/** What an instructor (an account) holds now; for armorers and admins. */
	@Transactional(readOnly = true)
	public List<IssueRow> heldByAccount(long accountId, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return heldRows(this.issues.heldByAccount(accountId));
	}

	/** What a recruit holds now; for everyone who may see the recruit. */
	@Transactional(readOnly = true)
	public List<IssueRow> heldByRecruit(long recruitId, DrillbookUser actor) {
		this.recruits.details(recruitId, actor);
		return heldRows(this.issues.heldByRecruit(recruitId));
	}

	/** Issues described by the weapon held (the serial) rather than by the holder. */
	private List<IssueRow> heldRows(List<WeaponIssue> held) {
		Map<Long, WeaponRow> byId = new HashMap<>();
		this.weapons.findAllById(held.stream().map(WeaponIssue::getWeaponId).toList())
			.forEach((w) -> byId.put(w.getId(), w.row()));
		return held.stream().map((i) -> i.row(describe(byId.get(i.getWeaponId())))).toList();
	}

	/** Finds the person a call sign (or an instructor's username) names. */
	@Transactional(readOnly = true)
	public Holder holder(String callSignOrUsername) {
		String name = (callSignOrUsername != null) ? callSignOrUsername.strip() : "";
		return this.recruits.idOfCallSign(name)
			.map(Holder::recruit)
			.or(() -> this.accounts.idOfTrainer(name).map(Holder::account))
			.orElseThrow(() -> new ArmoryException("armory.error.noSuchHolder"));
	}

	/** A unit's code for the trail; null stays null. */
	private String unitCode(Long unitId) {
		return (unitId != null) ? this.units.codesOf(java.util.List.of(unitId)).get(unitId) : null;
	}

	/** A holder by call sign (a recruit) or by call sign or username (an account). */
	private String holderName(Holder holder) {
		return (holder.recruitId() != null)
				? this.recruits.callSignsOf(java.util.List.of(holder.recruitId())).get(holder.recruitId())
				: this.accounts.namesOf(java.util.List.of(holder.accountId())).get(holder.accountId());
	}

	private static String describe(WeaponRow weapon) {
		return (weapon == null) ? "" : weapon.serial();
	}

	private Map<String, String> holderNames(List<WeaponIssue> history) {
		Set<Long> recruitIds = new HashSet<>();
		Set<Long> accountIds = new HashSet<>();
		for (WeaponIssue issue : history) {
			if (issue.getHolderRecruitId() != null) {
				recruitIds.add(issue.getHolderRecruitId());
			}
			else {
				accountIds.add(issue.getHolderAccountId());
			}
		}
		Map<String, String> names = new HashMap<>();
		this.recruits.callSignsOf(recruitIds).forEach((id, name) -> names.put("r" + id, name));
		this.accounts.namesOf(accountIds).forEach((id, name) -> names.put("a" + id, name));
		return names;
	}

	private static String holderKey(WeaponIssue issue) {
		return (issue.getHolderRecruitId() != null) ? "r" + issue.getHolderRecruitId()
				: "a" + issue.getHolderAccountId();
	}

	private void checkDefinition(WeaponDefinition definition) {
		if (definition.homeUnitId() != null) {
			this.units.summary(definition.homeUnitId());
		}
		if (definition.serialKey().isEmpty()) {
			throw new ArmoryException("armory.error.serialEmpty");
		}
	}

	private Weapon find(long id) {
		return this.weapons.findById(id).orElseThrow(() -> new WeaponNotFoundException(id));
	}

	private Weapon findForChange(long id, long version) {
		Weapon weapon = find(id);
		if (weapon.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Weapon.class, id);
		}
		return weapon;
	}

}
