package org.drillbook.armory;

import java.time.Instant;

/** A weapon of the register with who holds it now (null when it is in). */
public record InventoryLine(WeaponRow weapon, String holder, Instant since) {

}
