package org.drillbook.armory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.recruit.RecruitService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.armory.internal.KindRequirements;
import org.drillbook.armory.internal.Weapon;
import org.drillbook.armory.internal.WeaponIssue;
import org.drillbook.armory.internal.WeaponIssueRepository;
import org.drillbook.armory.internal.WeaponRepository;

/**
 * Weapons in and out: issue to a person (for a session, if any) and take back with the
 * condition, a session's weapons on one screen, what someone holds, and what is overdue.
 * A weapon is never out twice: the database refuses a second open issue.
 */
@Service
public class WeaponIssueService {

	private final WeaponRepository weapons;

	private final WeaponIssueRepository issues;

	private final RecruitService recruits;

	private final org.drillbook.account.AccountService accounts;

	private final HolderNames holderNames;

	private final AuditService audit;

	private final Clock clock;

	private final ReadinessService readiness;

	private final KindRequirements kindRequirements;

	/** The longest reason for overriding the qualification gate. */
	public static final int MAX_OVERRIDE_REASON = 500;

	WeaponIssueService(WeaponRepository weapons, WeaponIssueRepository issues, RecruitService recruits,
			org.drillbook.account.AccountService accounts, HolderNames holderNames, AuditService audit, Clock clock,
			ReadinessService readiness, KindRequirements kindRequirements) {
		this.readiness = readiness;
		this.kindRequirements = kindRequirements;
		this.weapons = weapons;
		this.issues = issues;
		this.recruits = recruits;
		this.accounts = accounts;
		this.holderNames = holderNames;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Issues a weapon to a person; the losing side of a race gets
	 * {@code armory.error.alreadyIssued}. A recruit must hold the qualifications the
	 * weapon's kind requires (see
	 * {@link #issue(long, Holder, Long, String, DrillbookUser)}).
	 */
	@Transactional
	public void issue(long weaponId, Holder holder, Long sessionId, DrillbookUser actor) {
		issue(weaponId, holder, sessionId, null, actor);
	}

	/**
	 * Issues a weapon to a person. A recruit who does not hold (QUALIFIED or EXPIRING)
	 * every qualification the weapon's kind requires is refused, naming what is missing,
	 * unless an armorer or admin overrides with a reason: the override is kept on the
	 * issue and audited. Instructors are staff and are not gated.
	 */
	@Transactional
	public void issue(long weaponId, Holder holder, Long sessionId, String overrideReason, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Weapon weapon = find(weaponId);
		String reason = (overrideReason != null && !overrideReason.isBlank()) ? overrideReason.strip() : null;
		if (reason != null && reason.length() > MAX_OVERRIDE_REASON) {
			throw new ArmoryException("override", "armory.error.overrideTooLong");
		}
		List<String> missing = (holder.recruitId() != null)
				? this.readiness.notHeld(holder.recruitId(), this.kindRequirements.of(weapon.getKind()), actor)
				: List.of();
		if (!missing.isEmpty() && reason == null) {
			throw new QualificationsLackingException(String.join(", ", missing));
		}
		weapon.issue();
		WeaponIssue issue = new WeaponIssue(weaponId, holder, sessionId, actor.getUsername(), this.clock.instant());
		if (!missing.isEmpty()) {
			issue.overrideGate(reason, actor.getUsername(), String.join(", ", missing));
		}
		try {
			this.issues.save(issue);
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
		if (!missing.isEmpty()) {
			this.audit.record(actor.getUsername(), AuditAction.WEAPON_ISSUED_BY_OVERRIDE, AuditRecordType.WEAPON,
					weaponId,
					Changes.of()
						.set("serial", weapon.getSerial())
						.set("holder", holderName(holder))
						.set("missingQualifications", String.join(", ", missing))
						.set("reason", reason));
		}
	}

	/**
	 * The names of the qualifications a kind of weapon requires (retired ones ask
	 * nothing); for armorers and admins.
	 */
	@Transactional(readOnly = true)
	public List<String> requiredFor(WeaponKind kind, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Map<Long, String> names = this.readiness.activeNames(actor);
		return this.kindRequirements.of(kind)
			.stream()
			.filter(names::containsKey)
			.map(names::get)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	/** The qualifications a kind of weapon may require: the active ones, by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> qualificationChoices(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.readiness.activeNames(actor);
	}

	/** Which qualifications each kind of weapon requires; for armorers and admins. */
	@Transactional(readOnly = true)
	public Map<WeaponKind, java.util.TreeSet<Long>> kindRequirements(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.kindRequirements.all();
	}

	/** Sets the qualifications a kind of weapon requires; admins only, audited. */
	@Transactional
	public void requireForKind(WeaponKind kind, java.util.Set<Long> qualificationIds, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (!this.readiness.activeNames(actor).keySet().containsAll(qualificationIds)) {
			throw new ArmoryException("qualification", "armory.error.unknownQualification");
		}
		List<Long> before = this.kindRequirements.of(kind);
		if (new java.util.TreeSet<>(before).equals(new java.util.TreeSet<>(qualificationIds))) {
			return;
		}
		this.kindRequirements.replace(kind, qualificationIds);
		this.audit.record(actor.getUsername(), AuditAction.WEAPON_KIND_REQUIREMENTS, AuditRecordType.WEAPON, null,
				Changes.of().set("kind", kind).change("qualifications", before, List.copyOf(qualificationIds)));
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

	/** Issues weapons to a session's attendees in one step: all of them, or none. */
	@Transactional
	public void issueForSession(long sessionId, Map<Long, Long> weaponByRecruit, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		for (Map.Entry<Long, Long> pair : weaponByRecruit.entrySet()) {
			issue(pair.getValue(), Holder.recruit(pair.getKey()), sessionId, actor);
		}
	}

	/**
	 * Issues weapons for a session by serial, typed or scanned, one per recruit on its
	 * sheet (rows left empty are skipped); a recruit refused by the qualification gate
	 * may be given the weapon anyway with the override reason of that row. All or
	 * nothing: a refusal names the row ({@code s<recruit>}) and issues none.
	 */
	@Transactional
	public int issueForSessionBySerial(long sessionId, Map<Long, String> serialByRecruit,
			Map<Long, String> overrideByRecruit, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		java.util.Set<String> seen = new java.util.HashSet<>();
		int issued = 0;
		for (Map.Entry<Long, String> row : serialByRecruit.entrySet()) {
			String field = "s" + row.getKey();
			String key = WeaponDefinition.normalise(row.getValue());
			if (key.isEmpty()) {
				continue;
			}
			if (!seen.add(key)) {
				throw new ArmoryException(field, "armory.error.sameWeaponTwice");
			}
			Weapon weapon = this.weapons.findBySerialKey(key)
				.orElseThrow(() -> new ArmoryException(field, "armory.error.unknownSerial", row.getValue().strip()));
			try {
				issue(weapon.getId(), Holder.recruit(row.getKey()), sessionId, overrideByRecruit.get(row.getKey()),
						actor);
			}
			catch (QualificationsLackingException ex) {
				throw new QualificationsLackingException((String) ex.getArguments()[0], field);
			}
			catch (ArmoryException ex) {
				throw new ArmoryException(field, ex.getCodes()[0], ex.getArguments());
			}
			issued++;
		}
		if (issued == 0) {
			throw new ArmoryException("armory.error.noSerials");
		}
		return issued;
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

	/**
	 * Issues with the holder's name and the weapon in words, in a fixed number of
	 * queries.
	 */
	private List<IssueRow> rows(List<WeaponIssue> found) {
		Map<String, String> names = this.holderNames.of(found);
		Map<Long, WeaponRow> weaponsById = new HashMap<>();
		this.weapons.findAllById(found.stream().map(WeaponIssue::getWeaponId).toList())
			.forEach((w) -> weaponsById.put(w.getId(), w.row()));
		return found.stream()
			.map((i) -> i.row(names.get(HolderNames.key(i)) + " · " + describe(weaponsById.get(i.getWeaponId()))))
			.toList();
	}

	/**
	 * Who holds each of the given weapons now (weapons that are in are left out); for
	 * armorers and admins, in a fixed number of queries.
	 */
	@Transactional(readOnly = true)
	public Map<Long, IssueRow> holders(java.util.Collection<Long> weaponIds, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		if (weaponIds.isEmpty()) {
			return Map.of();
		}
		List<WeaponIssue> open = this.issues.openFor(weaponIds);
		Map<String, String> names = this.holderNames.of(open);
		Map<Long, IssueRow> byWeapon = new HashMap<>();
		open.forEach((i) -> byWeapon.put(i.getWeaponId(), i.row(names.get(HolderNames.key(i)))));
		return byWeapon;
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

	/** A holder by call sign (a recruit) or by call sign or username (an account). */
	private String holderName(Holder holder) {
		return (holder.recruitId() != null)
				? this.recruits.callSignsOf(java.util.List.of(holder.recruitId())).get(holder.recruitId())
				: this.accounts.namesOf(java.util.List.of(holder.accountId())).get(holder.accountId());
	}

	private static String describe(WeaponRow weapon) {
		return (weapon == null) ? "" : weapon.serial();
	}

	private Weapon find(long id) {
		return this.weapons.findById(id).orElseThrow(() -> new WeaponNotFoundException(id));
	}

}
