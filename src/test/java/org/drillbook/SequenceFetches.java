package org.drillbook;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the statements with which Hibernate fetches the next block of ids from a
 * sequence (one in fifty inserts of an entity). Tests that hold a page to a budget of
 * statements leave them out, since when they fall depends on every test run before.
 */
public class SequenceFetches implements StatementInspector {

	private static final AtomicLong COUNT = new AtomicLong();

	@Override
	public String inspect(String sql) {
		if (sql.startsWith("select nextval(")) {
			COUNT.incrementAndGet();
		}
		return sql;
	}

	/** How many block fetches ran so far, in this JVM. */
	public static long count() {
		return COUNT.get();
	}

}
