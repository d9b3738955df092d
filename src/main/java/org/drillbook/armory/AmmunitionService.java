package org.drillbook.armory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.armory.internal.AmmoEntry;
import org.drillbook.armory.internal.AmmoEntryRepository;

/**
 * Ammunition per caliber as a ledger: receipts, consumption (by session or entered by
 * hand) and adjustments with a reason. The balance never goes below zero: such an entry
 * is refused and nothing changes, also when two consumptions race.
 */
@Service
public class AmmunitionService {

	/** More rounds than one entry can plausibly book: a typing slip. */
	public static final int MAX_ROUNDS_PER_ENTRY = 1_000_000;

	private final AmmoEntryRepository entries;

	private final AuditService audit;

	private final Clock clock;

	AmmunitionService(AmmoEntryRepository entries, AuditService audit, Clock clock) {
		this.entries = entries;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void receive(String caliber, int rounds, String reason, DrillbookUser actor) {
		if (rounds <= 0) {
			throw new ArmoryException("ammo.error.positive");
		}
		record(caliber, AmmoKind.RECEIPT, rounds, null, null, reason, actor);
	}

	/** Rounds used, by a unit or in a session (the session's unit then). */
	@Transactional
	public void consume(String caliber, int rounds, Long sessionId, Long unitId, String reason, DrillbookUser actor) {
		if (rounds <= 0) {
			throw new ArmoryException("ammo.error.positive");
		}
		Long unit = (sessionId != null) ? this.entries.sessionUnit(sessionId) : unitId;
		record(caliber, AmmoKind.CONSUMPTION, -rounds, sessionId, unit, reason, actor);
	}

	/** Books the rounds fired in a session's results as consumption of one caliber. */
	@Transactional
	public long consumeSession(long sessionId, String caliber, DrillbookUser actor) {
		long rounds = this.entries.roundsFired(sessionId);
		if (rounds <= 0) {
			throw new ArmoryException("ammo.error.noRoundsInSession");
		}
		consume(caliber, (int) rounds, sessionId, null, "rounds fired in session " + sessionId, actor);
		return rounds;
	}

	@Transactional
	public void adjust(String caliber, int delta, String reason, DrillbookUser actor) {
		if (delta == 0) {
			throw new ArmoryException("ammo.error.zero");
		}
		if (reason == null || reason.isBlank()) {
			throw new ArmoryException("ammo.error.reasonRequired");
		}
		record(caliber, AmmoKind.ADJUSTMENT, delta, null, null, reason, actor);
	}

	@Transactional(readOnly = true)
	public List<AmmoBalance> balances(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.entries.balances()
			.stream()
			.map((r) -> new AmmoBalance((String) r[0], ((Number) r[1]).intValue()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Page<AmmoEntryRow> ledger(Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.entries.ledger(pageable).map(AmmoEntry::row);
	}

	/** Rounds consumed per unit and caliber over a period (days inclusive). */
	@Transactional(readOnly = true)
	public List<AmmoConsumption> consumption(LocalDate from, LocalDate to, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.entries
			.consumption(from.atStartOfDay(this.clock.getZone()).toInstant(),
					to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant())
			.stream()
			.map((r) -> new AmmoConsumption((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
			.toList();
	}

	private void record(String caliber, AmmoKind kind, int quantity, Long sessionId, Long unitId, String reason,
			DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		if (quantity < -MAX_ROUNDS_PER_ENTRY || quantity > MAX_ROUNDS_PER_ENTRY) {
			throw new ArmoryException("ammo.error.tooMany");
		}
		String key = normalise(caliber);
		this.entries.openCaliber(key);
		if (this.entries.move(key, quantity) == 0) {
			throw new ArmoryException("ammo.error.belowZero");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.entries.save(
				new AmmoEntry(key, kind, quantity, sessionId, unitId, why, actor.getUsername(), this.clock.instant()));
		this.audit.record(actor.getUsername(), AuditAction.valueOf("AMMO_" + kind.name()), AuditRecordType.AMMUNITION,
				key, Changes.of().set("rounds", quantity).set("session", sessionId).set("reason", why));
	}

	static String normalise(String caliber) {
		String key = (caliber == null) ? "" : caliber.strip().toLowerCase(Locale.ROOT).replace('×', 'x');
		if (key.isEmpty() || key.length() > 24) {
			throw new ArmoryException("ammo.error.caliber");
		}
		return key;
	}

	/** The rounds in stock of one caliber. */
	public record AmmoBalance(String caliber, int balance) {

	}

	/** Rounds one unit used of one caliber. */
	public record AmmoConsumption(String unitCode, String caliber, long rounds) {

	}

}
