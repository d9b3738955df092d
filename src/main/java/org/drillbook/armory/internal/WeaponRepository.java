package org.drillbook.armory.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface WeaponRepository extends ListCrudRepository<Weapon, Long> {

	boolean existsBySerialKey(String serialKey);

	java.util.Optional<Weapon> findBySerialKey(String serialKey);

	/** Everything in the register, for exports and counts. */
	@Query("select w from Weapon w order by w.kind, w.serialKey")
	java.util.List<Weapon> register();

	@Query("select w from Weapon w where w.status = org.drillbook.armory.WeaponStatus.IN_ARMORY order by w.kind, w.serialKey limit 500")
	java.util.List<Weapon> available();

	@Query("select count(w) > 0 from Weapon w where w.serialKey = ?1 and w.id <> ?2")
	boolean serialTakenByAnother(String serialKey, long id);

	/**
	 * The inventory, narrowed by kind, status, home units and serial; '' or an empty
	 * array for none.
	 */
	@Query(nativeQuery = true, value = """
			select * from weapon w
			where (:kind = '' or w.kind = :kind) and (:status = '' or w.status = :status)
			  and (cardinality(:units) = 0 or w.home_unit_id = any(:units))
			  and (:serial = '' or w.serial_key like :serial)
			order by w.kind, w.serial_key
			""", countQuery = """
			select count(*) from weapon w
			where (:kind = '' or w.kind = :kind) and (:status = '' or w.status = :status)
			  and (cardinality(:units) = 0 or w.home_unit_id = any(:units))
			  and (:serial = '' or w.serial_key like :serial)
			""")
	Page<Weapon> inventory(String kind, String status, Long[] units, String serial, Pageable pageable);

}
