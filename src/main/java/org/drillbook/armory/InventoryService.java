package org.drillbook.armory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.armory.internal.ArmoryRecords;
import org.drillbook.armory.internal.Weapon;
import org.drillbook.armory.internal.WeaponIssue;
import org.drillbook.armory.internal.WeaponIssueRepository;
import org.drillbook.armory.internal.WeaponRepository;

/**
 * The armory counted and reported: a physical inventory check (kept), and the inventory
 * and "who holds what now" for the exports.
 */
@Service
public class InventoryService {

	private final WeaponRepository weapons;

	private final WeaponIssueRepository issues;

	private final ArmoryRecords records;

	private final HolderNames holderNames;

	private final AuditService audit;

	private final Clock clock;

	InventoryService(WeaponRepository weapons, WeaponIssueRepository issues, ArmoryRecords records,
			HolderNames holderNames, AuditService audit, Clock clock) {
		this.weapons = weapons;
		this.issues = issues;
		this.records = records;
		this.holderNames = holderNames;
		this.audit = audit;
		this.clock = clock;
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
		java.util.Set<Long> out = open.stream()
			.map(WeaponIssue::getWeaponId)
			.collect(java.util.stream.Collectors.toSet());
		List<WeaponIssue> shown = new java.util.ArrayList<>(open);
		// a lost weapon shows its last holder
		List<Long> lost = all.stream().filter((w) -> w.getStatus() == WeaponStatus.LOST).map(Weapon::getId).toList();
		if (!lost.isEmpty()) {
			shown.addAll(this.issues.latestFor(lost));
		}
		Map<Long, WeaponIssue> holderByWeapon = new HashMap<>();
		shown.forEach((i) -> holderByWeapon.put(i.getWeaponId(), i));
		Map<String, String> names = this.holderNames.of(shown);
		this.audit.record(actor.getUsername(), AuditAction.INVENTORY_EXPORTED, AuditRecordType.INVENTORY, null,
				Changes.of().set("onlyOut", onlyOut));
		return all.stream().filter((w) -> !onlyOut || out.contains(w.getId())).map((w) -> {
			WeaponIssue issue = holderByWeapon.get(w.getId());
			IssueRow row = (issue != null) ? issue.row(names.get(HolderNames.key(issue))) : null;
			return new InventoryLine(w.row(), (row != null) ? row.holder() : null,
					(row != null) ? row.issuedAt() : null);
		}).toList();
	}

	private static boolean inArmory(Weapon weapon) {
		return weapon.getStatus() == WeaponStatus.IN_ARMORY || weapon.getStatus() == WeaponStatus.IN_MAINTENANCE;
	}

}
