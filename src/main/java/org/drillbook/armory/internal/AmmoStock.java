package org.drillbook.armory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.drillbook.armory.AmmoKind;
import org.drillbook.armory.ArmoryException;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves rounds in and out of lots, with a ledger entry and an audit event per lot
 * touched. Every move first moves the caliber's balance, whose row lock orders all
 * entries of that caliber; the lots are then read and moved under that lock, so that no
 * lot and no caliber goes below zero, also when entries race. Runs inside the caller's
 * transaction: a refusal part-way rolls the whole entry back.
 */
@Component
public class AmmoStock {

	/** More rounds than one entry can plausibly book: a typing slip. */
	public static final int MAX_ROUNDS_PER_ENTRY = 1_000_000;

	private final AmmoEntryRepository entries;

	private final AmmoLotRepository lots;

	private final AuditService audit;

	private final Clock clock;

	AmmoStock(AmmoEntryRepository entries, AmmoLotRepository lots, AuditService audit, Clock clock) {
		this.entries = entries;
		this.lots = lots;
		this.audit = audit;
		this.clock = clock;
	}

	/** Rounds of one lot taken out, as a draw splits them. */
	public record Taken(long lotId, int rounds) {

	}

	/**
	 * A receipt of a lot (created on its first receipt); a lot number already known for
	 * the caliber must agree with its maker and date.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long receive(String caliber, String lotNumber, String manufacturer, java.time.LocalDate madeOn, int rounds,
			String reason, String by) {
		String key = caliber(caliber);
		checkRounds(rounds);
		lockCaliber(key, rounds);
		AmmoLot lot = this.lots.findByCaliberAndLotNumber(key, lotNumber)
			.orElseGet(() -> this.lots
				.saveAndFlush(new AmmoLot(key, lotNumber, manufacturer, madeOn, this.clock.instant())));
		if (!lot.matches(manufacturer, madeOn)) {
			throw new ArmoryException("lotNumber", "ammo.error.lotMismatch");
		}
		if (lot.isRecalled()) {
			throw new ArmoryException("lotNumber", "ammo.error.lotRecalled");
		}
		this.lots.move(lot.getId(), rounds, false);
		book(key, lot.getId(), AmmoKind.RECEIPT, rounds, null, null, reason, by);
		return lot.getId();
	}

	/**
	 * Takes rounds out: from the chosen lot, or oldest lots first (leaving out recalled
	 * ones) when none is chosen. An adjustment may take from a recalled lot.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Taken> take(String caliber, Long lotId, int rounds, AmmoKind kind, Long sessionId, Long unitId,
			String reason, String by) {
		checkRounds(rounds);
		if (lotId != null) {
			AmmoLot lot = lot(lotId, caliber);
			if (lot.isRecalled() && kind != AmmoKind.ADJUSTMENT) {
				throw new ArmoryException("lot", "ammo.error.lotRecalled");
			}
			if (!lockCaliber(lot.getCaliber(), -rounds)
					|| this.lots.move(lotId, -rounds, kind == AmmoKind.ADJUSTMENT) == 0) {
				throw new ArmoryException("rounds", "ammo.error.lotBelowZero");
			}
			book(lot.getCaliber(), lotId, kind, -rounds, sessionId, unitId, reason, by);
			return List.of(new Taken(lotId, rounds));
		}
		String key = caliber(caliber);
		this.entries.openCaliber(key);
		if (!lockCaliber(key, -rounds)) {
			throw new ArmoryException("rounds", "ammo.error.belowZero");
		}
		List<Taken> taken = new ArrayList<>();
		int left = rounds;
		for (Object[] open : this.lots.drawOrder(key)) {
			if (left == 0) {
				break;
			}
			long id = ((Number) open[0]).longValue();
			int part = Math.min(left, ((Number) open[1]).intValue());
			if (this.lots.move(id, -part, false) == 0) {
				throw new ArmoryException("rounds", "ammo.error.belowZero");
			}
			book(key, id, kind, -part, sessionId, unitId, reason, by);
			taken.add(new Taken(id, part));
			left -= part;
		}
		if (left > 0) {
			throw new ArmoryException("rounds", "ammo.error.recalledLeft");
		}
		return taken;
	}

	/** Puts rounds back into a lot (a return after a session, or a count found more). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void put(long lotId, int rounds, AmmoKind kind, Long sessionId, Long unitId, String reason, String by) {
		checkRounds(rounds);
		AmmoLot lot = lot(lotId, null);
		lockCaliber(lot.getCaliber(), rounds);
		this.lots.move(lotId, rounds, true);
		book(lot.getCaliber(), lotId, kind, rounds, sessionId, unitId, reason, by);
	}

	private AmmoLot lot(long lotId, String caliber) {
		AmmoLot lot = this.lots.findById(lotId).orElseThrow(() -> new ArmoryException("lot", "ammo.error.noLot"));
		if (caliber != null && !caliber.isBlank() && !caliber(caliber).equals(lot.getCaliber())) {
			throw new ArmoryException("lot", "ammo.error.lotCaliber");
		}
		return lot;
	}

	/**
	 * Moves the caliber's balance, which locks its row until the end of the transaction;
	 * false when it would go below zero.
	 */
	private boolean lockCaliber(String caliber, int quantity) {
		this.entries.openCaliber(caliber);
		return this.entries.move(caliber, quantity) == 1;
	}

	private void book(String caliber, long lotId, AmmoKind kind, int quantity, Long sessionId, Long unitId,
			String reason, String by) {
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.entries
			.save(new AmmoEntry(caliber, lotId, kind, quantity, sessionId, unitId, why, by, this.clock.instant()));
		this.audit.record(by, AuditAction.valueOf("AMMO_" + kind.name()), AuditRecordType.AMMUNITION, caliber,
				Changes.of().set("rounds", quantity).set("lot", lotId).set("session", sessionId).set("reason", why));
	}

	private static void checkRounds(int rounds) {
		if (rounds <= 0) {
			throw new ArmoryException("rounds", "ammo.error.positive");
		}
		if (rounds > MAX_ROUNDS_PER_ENTRY) {
			throw new ArmoryException("rounds", "ammo.error.tooMany");
		}
	}

	/** The caliber as the ledger keys it: trimmed, lower case, "×" written as "x". */
	public static String caliber(String caliber) {
		String key = (caliber == null) ? "" : caliber.strip().toLowerCase(Locale.ROOT).replace('×', 'x');
		if (key.isEmpty() || key.length() > 24) {
			throw new ArmoryException("caliber", "ammo.error.caliber");
		}
		return key;
	}

}
