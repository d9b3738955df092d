package org.drillbook.armory.internal;

import java.time.Instant;
import java.util.List;

import org.drillbook.armory.AmmoEntryRow;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AmmoEntryRepository extends ListCrudRepository<AmmoEntry, Long> {

	@Query(value = """
			select new org.drillbook.armory.AmmoEntryRow(e.id, e.caliber, l.lotNumber, e.kind, e.quantity, e.sessionId,
			    e.unitId, e.reason, e.recordedBy, e.recordedAt)
			from AmmoEntry e join AmmoLot l on l.id = e.lotId order by e.recordedAt desc, e.id desc
			""")
	Slice<AmmoEntryRow> ledger(Pageable pageable);

	/** The ledger's entries, counted up to a limit (see CappedPage). */
	@Query(nativeQuery = true, value = "select count(*) from (select 1 from ammo_entry limit ?1) e")
	long countLedger(long limit);

	@Query(value = """
			select new org.drillbook.armory.AmmoEntryRow(e.id, e.caliber, l.lotNumber, e.kind, e.quantity, e.sessionId,
			    e.unitId, e.reason, e.recordedBy, e.recordedAt)
			from AmmoEntry e join AmmoLot l on l.id = e.lotId where e.lotId = ?1 order by e.recordedAt desc, e.id desc
			""")
	Slice<AmmoEntryRow> ledgerOfLot(long lot, Pageable pageable);

	/** A lot's entries, counted up to a limit (see CappedPage). */
	@Query(nativeQuery = true, value = "select count(*) from (select 1 from ammo_entry where lot_id = ?1 limit ?2) e")
	long countLedgerOfLot(long lot, long limit);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into ammo_balance (caliber, balance) values (?1, 0) on conflict do nothing")
	void openCaliber(String caliber);

	/**
	 * Moves the balance; 0 rows when it would go below zero (the row lock orders
	 * concurrent moves of one caliber, and of its lots after it).
	 */
	@Modifying
	@Query(nativeQuery = true,
			value = "update ammo_balance set balance = balance + ?2 where caliber = ?1 and balance + ?2 >= 0")
	int move(String caliber, int quantity);

	@Query(nativeQuery = true, value = "select caliber, balance from ammo_balance order by caliber")
	List<Object[]> balances();

	/**
	 * Rounds used per unit and caliber in a period: consumption, and what sessions drew
	 * less what came back.
	 */
	@Query(nativeQuery = true, value = """
			select coalesce(u.code, '—'), e.caliber, -sum(e.quantity)
			from ammo_entry e left join unit u on u.id = e.unit_id
			where e.kind in ('CONSUMPTION', 'DRAW', 'RETURN') and e.recorded_at >= ?1 and e.recorded_at < ?2
			group by u.code, e.caliber order by 1, 2
			""")
	List<Object[]> consumption(Instant from, Instant to);

	@Query(nativeQuery = true, value = "select unit_id from drill_session where id = ?1")
	Long sessionUnit(long sessionId);

	/**
	 * Per lot, what a session drew and what came back to it: lot, caliber, lot number,
	 * drawn, returned; in the order the lots were first drawn.
	 */
	@Query(nativeQuery = true, value = """
			select e.lot_id, e.caliber, l.lot_number,
			       coalesce(-sum(e.quantity) filter (where e.kind = 'DRAW'), 0),
			       coalesce(sum(e.quantity) filter (where e.kind = 'RETURN'), 0)
			from ammo_entry e join ammo_lot l on l.id = e.lot_id
			where e.session_id = ?1 and e.kind in ('DRAW', 'RETURN')
			group by e.lot_id, e.caliber, l.lot_number order by min(e.id)
			""")
	List<Object[]> sessionLots(long sessionId);

}
