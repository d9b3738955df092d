package org.drillbook.armory.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import org.drillbook.paging.Conditions;

/**
 * Writes only the conditions a filter needs, so that each combination of filters is a
 * statement with a plan of its own: one statement with {@code (:status = '' or …)} for
 * every combination would be planned once for all of them when PostgreSQL keeps a generic
 * plan, and a rare status would then be looked for along the whole register.
 */
public class WeaponInventoryImpl implements WeaponInventory {

	private final EntityManager em;

	public WeaponInventoryImpl(EntityManager em) {
		this.em = em;
	}

	@Override
	@SuppressWarnings("unchecked")
	public Page<Weapon> inventory(WeaponFilter filter, Pageable pageable) {
		Conditions where = conditions(filter);
		List<Weapon> rows = where
			.bind(this.em.createNativeQuery("select w.* from weapon w where " + where.sql()
					+ " order by w.kind, w.serial_key limit :limit offset :offset", Weapon.class))
			.setParameter("limit", pageable.getPageSize())
			.setParameter("offset", pageable.getOffset())
			.getResultList();
		long total = (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) ? rows.size()
				: ((Number) where.bind(this.em.createNativeQuery("select count(*) from weapon w where " + where.sql()))
					.getSingleResult()).longValue();
		return new PageImpl<>(rows, pageable, total);
	}

	private static Conditions conditions(WeaponFilter filter) {
		return new Conditions().whenSet("w.kind = :kind", "kind", filter.kind())
			.whenSet("w.status = :status", "status", filter.status())
			.whenSet("w.home_unit_id = any(:units)", "units", filter.units())
			.whenSet("w.serial_key like :serial", "serial", filter.serial());
	}

}
