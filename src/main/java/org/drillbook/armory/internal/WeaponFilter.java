package org.drillbook.armory.internal;

/**
 * Which weapons the inventory shows; null for any. {@link WeaponInventoryImpl} writes
 * only the conditions a filter needs.
 *
 * @param kind a {@code WeaponKind}'s name
 * @param status a {@code WeaponStatus}'s name
 * @param units the home units (a unit and its sub-units)
 * @param serial a LIKE pattern on the normalised serial
 */
public record WeaponFilter(String kind, String status, Long[] units, String serial) {
}
