package org.drillbook.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.Query;

/**
 * The {@code where} clause of a filtered list, with only the conditions its filter sets.
 * Each combination of filters is then a statement of its own, with a plan of its own: one
 * statement with {@code (:status is null or …)} for every combination is planned once for
 * all of them when PostgreSQL keeps a generic plan, and a rare value is then looked for
 * along the whole table. Each condition is added together with the parameter it names, so
 * that what a statement says and what is bound to it cannot drift apart.
 */
public final class Conditions {

	private final StringBuilder sql = new StringBuilder("1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/**
	 * Adds a condition when its value is set.
	 * @param condition SQL that names the parameter ({@code w.kind = :kind})
	 * @param parameter the parameter's name
	 * @param value what is bound to it; null leaves the condition out
	 * @return this
	 */
	public Conditions whenSet(String condition, String parameter, Object value) {
		return when(value != null, condition, parameter, value);
	}

	/**
	 * Adds a condition when it applies.
	 * @param applies whether the condition is added
	 * @param condition SQL that names the parameter (once or more)
	 * @param parameter the parameter's name
	 * @param value what is bound to it
	 * @return this
	 */
	public Conditions when(boolean applies, String condition, String parameter, Object value) {
		if (!Pattern.compile(":" + Pattern.quote(parameter) + "(?![A-Za-z0-9_])").matcher(condition).find()) {
			throw new IllegalArgumentException("The condition " + condition + " does not name :" + parameter);
		}
		if (this.parameters.containsKey(parameter)) {
			throw new IllegalArgumentException("The parameter :" + parameter + " is bound already");
		}
		if (applies) {
			this.sql.append(" and ").append(condition);
			this.parameters.put(parameter, value);
		}
		return this;
	}

	/**
	 * The conditions joined by {@code and}, in SQL and in JPQL; {@code 1 = 1} when none
	 * is set.
	 */
	public String sql() {
		return this.sql.toString();
	}

	/**
	 * Binds the parameters of the conditions that were added.
	 * @param <Q> the kind of query
	 * @param query a statement written with {@link #sql()}
	 * @return the same query
	 */
	public <Q extends Query> Q bind(Q query) {
		this.parameters.forEach(query::setParameter);
		return query;
	}

}
