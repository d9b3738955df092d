package org.drillbook.armory.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AmmoEntryRepository extends ListCrudRepository<AmmoEntry, Long> {

	@Query("select e from AmmoEntry e order by e.recordedAt desc, e.id desc")
	Page<AmmoEntry> ledger(Pageable pageable);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into ammo_balance (caliber, balance) values (?1, 0) on conflict do nothing")
	void openCaliber(String caliber);

	/**
	 * Moves the balance; 0 rows when it would go below zero (the row lock orders
	 * concurrent moves).
	 */
	@Modifying
	@Query(nativeQuery = true,
			value = "update ammo_balance set balance = balance + ?2 where caliber = ?1 and balance + ?2 >= 0")
	int move(String caliber, int quantity);

	@Query(nativeQuery = true, value = "select caliber, balance from ammo_balance order by caliber")
	List<Object[]> balances();

	/** Rounds consumed per unit and caliber in a period. */
	@Query(nativeQuery = true, value = """
			select coalesce(u.code, '—'), e.caliber, -sum(e.quantity)
			from ammo_entry e left join unit u on u.id = e.unit_id
			where e.kind = 'CONSUMPTION' and e.recorded_at >= ?1 and e.recorded_at < ?2
			group by u.code, e.caliber order by 1, 2
			""")
	List<Object[]> consumption(Instant from, Instant to);

	/** Rounds fired in a session, from its results. */
	@Query(nativeQuery = true, value = "select coalesce(sum(rounds_fired), 0) from drill_result where session_id = ?1")
	long roundsFired(long sessionId);

	@Query(nativeQuery = true, value = "select unit_id from drill_session where id = ?1")
	Long sessionUnit(long sessionId);

}
