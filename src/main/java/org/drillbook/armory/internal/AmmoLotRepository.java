package org.drillbook.armory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AmmoLotRepository extends JpaRepository<AmmoLot, Long> {

	Optional<AmmoLot> findByCaliberAndLotNumber(String caliber, String lotNumber);

	@Query("select l from AmmoLot l order by l.caliber, l.manufacturedOn nulls first, l.id")
	List<AmmoLot> all();

	/**
	 * The lots a draw of the caliber takes from, oldest first (date of manufacture,
	 * unknown first, then arrival); recalled and empty lots are left out.
	 */
	@Query(nativeQuery = true, value = """
			select id, balance from ammo_lot where caliber = ?1 and balance > 0 and recalled_at is null
			order by manufactured_on nulls first, id
			""")
	List<Object[]> drawOrder(String caliber);

	/**
	 * Moves a lot's balance; 0 rows when it would go below zero, or when rounds would
	 * leave a recalled lot other than by an adjustment.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update ammo_lot set balance = balance + ?2
			where id = ?1 and balance + ?2 >= 0 and (?2 > 0 or ?3 or recalled_at is null)
			""")
	int move(long lot, int quantity, boolean evenIfRecalled);

}
