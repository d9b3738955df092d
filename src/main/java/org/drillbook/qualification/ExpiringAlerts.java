package org.drillbook.qualification;

import java.util.List;

/**
 * The soonest lapses of the reader's units, per unit, and how many there are in all.
 *
 * @param alerts the lapses shown, per unit
 * @param shown how many standings they hold
 * @param total how many lapse within the warning window in all
 */
public record ExpiringAlerts(List<ExpiringAlert> alerts, int shown, long total) {

	public boolean more() {
		return this.total > this.shown;
	}

}
