package org.drillbook.armory;

/** A weapon as lists and pages show it. */
public record WeaponRow(long id, WeaponKind kind, String makeModel, String serial, String caliber, Long homeUnitId,
		WeaponStatus status, String notes, long version) {

	public WeaponDefinition definition() {
		return new WeaponDefinition(this.kind, this.makeModel, this.serial, this.caliber, this.homeUnitId, this.notes);
	}

}
