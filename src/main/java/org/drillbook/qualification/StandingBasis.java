package org.drillbook.qualification;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.drillbook.qualification.internal.StoredReadiness;
import org.drillbook.system.DrillbookProperties;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored standings decide a session's day in the range's zone. Started with another
 * zone ({@code DRILLBOOK_TIME_ZONE} changed), the application recomputes every standing
 * before it serves a request: one statement, a few seconds for a brigade.
 */
@Component
class StandingBasis implements SmartInitializingSingleton {

	/**
	 * {@code -Dspring.context.exit=onRefresh}: Spring's training run for class data
	 * sharing, which has no database.
	 */
	private static final String TRAINING_RUN = "onRefresh";

	private static final Log log = LogFactory.getLog(StandingBasis.class);

	private final StoredReadiness stored;

	private final DrillbookProperties properties;

	private final TransactionTemplate transaction;

	StandingBasis(StoredReadiness stored, DrillbookProperties properties, PlatformTransactionManager transactions) {
		this.stored = stored;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (TRAINING_RUN.equals(System.getProperty("spring.context.exit"))) {
			return;
		}
		String zone = this.properties.timeZone().getId();
		this.transaction.executeWithoutResult((status) -> {
			String stored = this.stored.zone();
			if (!zone.equals(stored)) {
				log.info("Recomputing every stored qualification standing: sessions' days were decided in " + stored
						+ ", the configured zone is " + zone + ".");
				this.stored.recomputeIn(zone);
			}
		});
	}

}
