package org.drillbook.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * Counts the rows a {@link Specification} selects, stopping at a limit: it reads at most
 * that many rows (a constant each) through the same indexes as the page itself, where
 * {@code count(*)} would read every row that matches.
 */
public final class CappedCount {

	private CappedCount() {
	}

	/**
	 * @param <T> the entity
	 * @param entities the entity manager of the current transaction
	 * @param type the entity
	 * @param specification what to count
	 * @param limit where to stop
	 * @return the rows selected, at most {@code limit}
	 */
	public static <T> long of(EntityManager entities, Class<T> type, Specification<T> specification, long limit) {
		CriteriaBuilder criteria = entities.getCriteriaBuilder();
		CriteriaQuery<Integer> query = criteria.createQuery(Integer.class);
		Root<T> root = query.from(type);
		Predicate where = specification.toPredicate(root, query, criteria);
		query.select(criteria.literal(1));
		if (where != null) {
			query.where(where);
		}
		return entities.createQuery(query)
			.setMaxResults((int) Math.min(limit, Integer.MAX_VALUE))
			.getResultList()
			.size();
	}

}
