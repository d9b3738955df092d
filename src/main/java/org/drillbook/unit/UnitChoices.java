package org.drillbook.unit;

import java.util.List;

/**
 * What a unit picker offers: a bounded list of units in tree order.
 *
 * @param options the units to choose from
 * @param searchable whether there are more units than listed (or the list is a search's
 * result), so that the picker shows its search box
 */
public record UnitChoices(List<UnitOption> options, boolean searchable) {

}
