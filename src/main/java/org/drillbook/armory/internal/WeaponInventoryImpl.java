package org.drillbook.armory.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

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
		String where = conditions(filter);
		List<Weapon> rows = bind(this.em.createNativeQuery("select w.* from weapon w where " + where
				+ " order by w.kind, w.serial_key limit :limit offset :offset", Weapon.class), filter)
			.setParameter("limit", pageable.getPageSize())
			.setParameter("offset", pageable.getOffset())
			.getResultList();
		long total = (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) ? rows.size()
				: ((Number) bind(this.em.createNativeQuery("select count(*) from weapon w where " + where), filter)
					.getSingleResult()).longValue();
		return new PageImpl<>(rows, pageable, total);
	}

	private static String conditions(WeaponFilter filter) {
		StringBuilder sql = new StringBuilder("true");
		if (filter.kind() != null) {
			sql.append(" and w.kind = :kind");
		}
		if (filter.status() != null) {
			sql.append(" and w.status = :status");
		}
		if (filter.units() != null) {
			sql.append(" and w.home_unit_id = any(:units)");
		}
		if (filter.serial() != null) {
			sql.append(" and w.serial_key like :serial");
		}
		return sql.toString();
	}

	private static Query bind(Query query, WeaponFilter filter) {
		if (filter.kind() != null) {
			query.setParameter("kind", filter.kind());
		}
		if (filter.status() != null) {
			query.setParameter("status", filter.status());
		}
		if (filter.units() != null) {
			query.setParameter("units", filter.units());
		}
		if (filter.serial() != null) {
			query.setParameter("serial", filter.serial());
		}
		return query;
	}

}
