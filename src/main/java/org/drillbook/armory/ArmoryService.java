package org.drillbook.armory;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.system.LocalizedDates;
import org.drillbook.system.PlausibleDates;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.armory.internal.ArmoryRecords;
import org.drillbook.armory.internal.Weapon;
import org.drillbook.armory.internal.WeaponIssue;
import org.drillbook.armory.internal.WeaponIssueRepository;
import org.drillbook.armory.internal.WeaponFilter;
import org.drillbook.armory.internal.WeaponRepository;

/**
 * The weapon register: registering and describing weapons, the inventory list, a weapon's
 * page with its history, and maintenance. Issue and return are
 * {@link WeaponIssueService}'s, counting and reports {@link InventoryService}'s. Armorers
 * and admins manage the armory; every change is audited.
 */
@Service
public class ArmoryService {

	private final WeaponRepository weapons;

	private final WeaponIssueRepository issues;

	private final ArmoryRecords records;

	private final HolderNames holderNames;

	private final UnitService units;

	private final AuditService audit;

	private final LocalizedDates dates;

	private final Clock clock;

	ArmoryService(WeaponRepository weapons, WeaponIssueRepository issues, ArmoryRecords records,
			HolderNames holderNames, UnitService units, AuditService audit, LocalizedDates dates, Clock clock) {
		this.weapons = weapons;
		this.issues = issues;
		this.records = records;
		this.holderNames = holderNames;
		this.units = units;
		this.audit = audit;
		this.dates = dates;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<WeaponRow> inventory(WeaponKind kind, WeaponStatus status, Long unitId, String serial,
			Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Long[] unitIds = (unitId != null) ? this.units.subtree(List.of(unitId)).toArray(Long[]::new) : null;
		String pattern = (serial == null || serial.isBlank()) ? null
				: "%" + WeaponDefinition.normalise(serial).replace("%", "").replace("_", "") + "%";
		return this.weapons
			.inventory(new WeaponFilter((kind != null) ? kind.name() : null, (status != null) ? status.name() : null,
					unitIds, pattern), pageable)
			.map(Weapon::row);
	}

	@Transactional(readOnly = true)
	public WeaponDetails details(long id, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = find(id);
		List<WeaponIssue> history = this.issues.history(id);
		Map<String, String> names = this.holderNames.of(history);
		List<IssueRow> rows = history.stream().map((i) -> i.row(names.get(HolderNames.key(i)))).toList();
		WeaponDetails.WriteOff writeOff = (weapon.getWrittenOffOn() != null)
				? new WeaponDetails.WriteOff(weapon.getWrittenOffOn(), weapon.getWrittenOffReason(),
						weapon.getWrittenOffBy(), rows.isEmpty() ? null : rows.get(0).holder())
				: null;
		return new WeaponDetails(weapon.row(), rows, this.records.maintenance(id),
				this.records.roundsSinceMaintenance(id), writeOff);
	}

	@Transactional
	public long register(WeaponDefinition definition, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		checkDefinition(definition);
		if (this.weapons.existsBySerialKey(definition.serialKey())) {
			throw new ArmoryException("serial", "armory.error.serialTaken");
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
			throw new ArmoryException("serial", "armory.error.serialTaken");
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

	@Transactional
	public void toggleMaintenance(long weaponId, long version, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = findForChange(weaponId, version);
		weapon.toggleMaintenance();
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_MAINTENANCE, AuditRecordType.WEAPON, weaponId,
				Changes.of().set("serial", weapon.getSerial()).set("status", weapon.getStatus()));
	}

	/**
	 * Records a weapon as lost on a day, with a reason; one that was out is taken off its
	 * holder's record with the reason, and that holder stays its last. Armorers and
	 * admins; audited.
	 */
	@Transactional
	public void reportLost(long weaponId, java.time.LocalDate on, String reason, long version, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = findForChange(weaponId, version);
		checkDay(on);
		WeaponStatus before = weapon.getStatus();
		weapon.reportLost(on, reason, actor.getUsername());
		this.issues.findOpen(weaponId)
			.ifPresent((open) -> open.close(null, weapon.getWrittenOffReason(), actor.getUsername(),
					this.clock.instant()));
		recordWriteOff(AuditAction.WEAPON_LOST, weapon, before, actor);
	}

	/**
	 * Takes a weapon out of service for good, on a day, with a reason; admins only,
	 * audited.
	 */
	@Transactional
	public void decommission(long weaponId, java.time.LocalDate on, String reason, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Weapon weapon = findForChange(weaponId, version);
		checkDay(on);
		WeaponStatus before = weapon.getStatus();
		weapon.decommission(on, reason, actor.getUsername());
		recordWriteOff(AuditAction.WEAPON_DECOMMISSIONED, weapon, before, actor);
	}

	/** A lost weapon found again: to maintenance, to be inspected; audited. */
	@Transactional
	public void found(long weaponId, long version, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = findForChange(weaponId, version);
		weapon.found();
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_FOUND, AuditRecordType.WEAPON, weaponId,
				Changes.of().set("serial", weapon.getSerial()).set("status", weapon.getStatus()));
	}

	private void recordWriteOff(AuditAction action, Weapon weapon, WeaponStatus before, DrillbookUser actor) {
		this.audit.record(actor.getUsername(), action, AuditRecordType.WEAPON, weapon.getId(),
				Changes.of()
					.set("serial", weapon.getSerial())
					.change("status", before, weapon.getStatus())
					.set("on", weapon.getWrittenOffOn())
					.set("reason", weapon.getWrittenOffReason()));
	}

	private void checkDay(java.time.LocalDate on) {
		if (on == null) {
			throw new ArmoryException("on", "armory.error.writeOffDate");
		}
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		if (on.isAfter(today) || on.isBefore(today.minusYears(5))) {
			throw new ArmoryException("on", "armory.error.writeOffDate");
		}
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

	/** Weapons in the armory, to issue. */
	@Transactional(readOnly = true)
	public List<WeaponRow> available(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.weapons.available().stream().map(Weapon::row).toList();
	}

	/**
	 * Weapons to label: the whole register but what is decommissioned, or one home
	 * unit's, by kind and serial.
	 */
	@Transactional(readOnly = true)
	public List<WeaponRow> toLabel(Long homeUnitId, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.weapons.register()
			.stream()
			.map(Weapon::row)
			.filter((w) -> w.status() != WeaponStatus.DECOMMISSIONED)
			.filter((w) -> homeUnitId == null || homeUnitId.equals(w.homeUnitId()))
			.toList();
	}

	/** A unit's code for the trail; null stays null. */
	private String unitCode(Long unitId) {
		return (unitId != null) ? this.units.codesOf(java.util.List.of(unitId)).get(unitId) : null;
	}

	private void checkDefinition(WeaponDefinition definition) {
		if (definition.homeUnitId() != null) {
			this.units.summary(definition.homeUnitId());
		}
		if (definition.serialKey().isEmpty()) {
			throw new ArmoryException("serial", "armory.error.serialEmpty");
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
