package org.drillbook.qualification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Qualification settings.
 *
 * @param expiringDays a qualification that lapses within this many days shows as EXPIRING
 * and on the dashboard's alert card ({@code DRILLBOOK_QUALIFICATIONS_EXPIRING_DAYS})
 */
@ConfigurationProperties("drillbook.qualifications")
public record QualificationProperties(@DefaultValue("30") int expiringDays) {

	public QualificationProperties {
		if (expiringDays < 0 || expiringDays > 365) {
			throw new IllegalArgumentException("drillbook.qualifications.expiring-days must be between 0 and 365");
		}
	}

}
