package org.drillbook.armory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.armory.WeaponDefinition;
import org.drillbook.armory.WeaponKind;
import org.drillbook.armory.WeaponRow;

/** A weapon being registered or described again. */
record WeaponForm(@NotNull WeaponKind kind, @NotBlank @Size(max = 120) String makeModel,
		@NotBlank @Size(max = 64) String serial, @NotBlank @Size(max = 24) String caliber, Long homeUnitId,
		@Size(max = 2000) String notes, long version) {

	static WeaponForm empty() {
		return new WeaponForm(WeaponKind.RIFLE, "", "", "", null, "", 0);
	}

	static WeaponForm from(WeaponRow row) {
		return new WeaponForm(row.kind(), row.makeModel(), row.serial(), row.caliber(), row.homeUnitId(), row.notes(),
				row.version());
	}

	WeaponDefinition definition() {
		return new WeaponDefinition(this.kind, this.makeModel, this.serial, this.caliber, this.homeUnitId, this.notes);
	}

}
