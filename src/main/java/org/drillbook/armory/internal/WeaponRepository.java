package org.drillbook.armory.internal;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface WeaponRepository extends ListCrudRepository<Weapon, Long>, WeaponInventory {

	boolean existsBySerialKey(String serialKey);

	java.util.Optional<Weapon> findBySerialKey(String serialKey);

	/** Everything in the register, for exports and counts. */
	@Query("select w from Weapon w order by w.kind, w.serialKey")
	java.util.List<Weapon> register();

	@Query("select w from Weapon w where w.status = org.drillbook.armory.WeaponStatus.IN_ARMORY order by w.kind, w.serialKey limit 500")
	java.util.List<Weapon> available();

	@Query("select count(w) > 0 from Weapon w where w.serialKey = ?1 and w.id <> ?2")
	boolean serialTakenByAnother(String serialKey, long id);

}
