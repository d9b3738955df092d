package org.drillbook.armory.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The armory's inventory list. */
public interface WeaponInventory {

	/**
	 * A page of the weapons the filter lets through, by kind and serial.
	 * @param filter which weapons
	 * @param pageable which page
	 * @return the page, with the number of weapons found
	 */
	Page<Weapon> inventory(WeaponFilter filter, Pageable pageable);

}
