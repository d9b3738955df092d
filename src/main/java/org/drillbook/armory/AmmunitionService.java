package org.drillbook.armory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.armory.internal.AmmoLot;
import org.drillbook.armory.internal.AmmoLotRepository;
import org.drillbook.armory.internal.AmmoQueries;
import org.drillbook.armory.internal.AmmoStock;
import org.drillbook.armory.internal.AmmoEntryRepository;
import org.drillbook.paging.CappedPage;

/**
 * Ammunition by lot, as a ledger: receipts into a lot, consumption from a chosen lot or
 * the oldest first, adjustments with a reason, recalls. No lot and no caliber goes below
 * zero: such an entry is refused and nothing changes, also when entries race. Draws for
 * sessions are {@link SessionRoundsService}'s.
 */
@Service
public class AmmunitionService {

	private final AmmoEntryRepository entries;

	private final AmmoLotRepository lots;

	private final AmmoStock stock;

	private final AmmoQueries queries;

	private final AuditService audit;

	private final Clock clock;

	AmmunitionService(AmmoEntryRepository entries, AmmoLotRepository lots, AmmoStock stock, AmmoQueries queries,
			AuditService audit, Clock clock) {
		this.entries = entries;
		this.lots = lots;
		this.stock = stock;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/** Books a receipt into its lot; returns the lot. */
	@Transactional
	public long receive(AmmoReceipt receipt, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		String lotNumber = (receipt.lotNumber() == null) ? "" : receipt.lotNumber().strip();
		if (lotNumber.isEmpty() || lotNumber.length() > 40) {
			throw new ArmoryException("lotNumber", "ammo.error.lotNumber");
		}
		String maker = (receipt.manufacturer() == null || receipt.manufacturer().isBlank()) ? null
				: receipt.manufacturer().strip();
		if (maker != null && maker.length() > 80) {
			throw new ArmoryException("manufacturer", "ammo.error.manufacturer");
		}
		if (receipt.manufacturedOn() != null && (receipt.manufacturedOn().isAfter(LocalDate.now(this.clock))
				|| receipt.manufacturedOn().getYear() < 1900)) {
			throw new ArmoryException("manufacturedOn", "ammo.error.manufacturedOn");
		}
		return this.stock.receive(receipt.caliber(), lotNumber, maker, receipt.manufacturedOn(), receipt.rounds(),
				receipt.reason(), actor.getUsername());
	}

	/**
	 * Rounds used outside a session's draw, by a unit or by no one in particular: from
	 * the chosen lot, or the oldest lots first.
	 */
	@Transactional
	public void consume(String caliber, Long lot, int rounds, Long unitId, String reason, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		this.stock.take(caliber, lot, rounds, AmmoKind.CONSUMPTION, null, unitId, reason, actor.getUsername());
	}

	/** A counted difference in one lot, with a reason. */
	@Transactional
	public void adjust(long lot, int delta, String reason, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		if (delta == 0) {
			throw new ArmoryException("rounds", "ammo.error.zero");
		}
		if (reason == null || reason.isBlank()) {
			throw new ArmoryException("reason", "ammo.error.reasonRequired");
		}
		if (delta > 0) {
			this.stock.put(lot, delta, AmmoKind.ADJUSTMENT, null, null, reason, actor.getUsername());
		}
		else {
			this.stock.take(null, lot, -delta, AmmoKind.ADJUSTMENT, null, null, reason, actor.getUsername());
		}
	}

	/** Takes a lot out of every draw, with a reason; audited. */
	@Transactional
	public void recall(long lotId, String reason, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		if (reason == null || reason.isBlank()) {
			throw new ArmoryException("reason", "ammo.error.reasonRequired");
		}
		AmmoLot lot = this.lots.findById(lotId).orElseThrow(() -> new ArmoryException("ammo.error.noLot"));
		String why = reason.strip();
		lot.recall((why.length() > 500) ? why.substring(0, 500) : why, actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AuditAction.AMMO_LOT_RECALLED, AuditRecordType.AMMUNITION,
				lot.getCaliber(), Changes.of().set("lot", lotId).set("reason", why));
	}

	@Transactional(readOnly = true)
	public List<AmmoBalance> balances(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.entries.balances()
			.stream()
			.map((r) -> new AmmoBalance((String) r[0], ((Number) r[1]).intValue()))
			.toList();
	}

	/**
	 * Every lot, oldest first within a caliber (empty lots too: a recall may need them).
	 */
	@Transactional(readOnly = true)
	public List<AmmoLotRow> lots(DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.lots.all().stream().map(AmmoLot::row).toList();
	}

	@Transactional(readOnly = true)
	public AmmoLotRow lot(long lotId, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.lots.findById(lotId).map(AmmoLot::row).orElseThrow(() -> new AmmoLotNotFoundException(lotId));
	}

	/** The recall report of a lot: every session, unit and recruit its rounds went to. */
	@Transactional(readOnly = true)
	public LotRecall recallReport(long lotId, DrillbookUser actor) {
		AmmoLotRow lot = lot(lotId, actor);
		return new LotRecall(lot, this.queries.usesOfLot(lotId, lot.caliber()));
	}

	@Transactional(readOnly = true)
	public Page<AmmoEntryRow> ledger(Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Slice<AmmoEntryRow> slice = this.entries.ledger(pageable);
		return CappedPage.of(slice.getContent(), slice.hasNext(), pageable, this.entries::countLedger);
	}

	@Transactional(readOnly = true)
	public Page<AmmoEntryRow> ledgerOfLot(long lotId, Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		Slice<AmmoEntryRow> slice = this.entries.ledgerOfLot(lotId, pageable);
		return CappedPage.of(slice.getContent(), slice.hasNext(), pageable,
				(limit) -> this.entries.countLedgerOfLot(lotId, limit));
	}

	/** Rounds used per unit and caliber over a period (days inclusive). */
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

	/** The rounds in stock of one caliber. */
	public record AmmoBalance(String caliber, int balance) {

	}

	/** Rounds one unit used of one caliber. */
	public record AmmoConsumption(String unitCode, String caliber, long rounds) {

	}

}
