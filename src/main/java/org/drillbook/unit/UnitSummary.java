package org.drillbook.unit;

/** A unit as another feature refers to it: by id, shown by its code and name. */
public record UnitSummary(long id, String code, String name, boolean archived) {

}
