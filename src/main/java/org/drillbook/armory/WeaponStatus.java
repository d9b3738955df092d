package org.drillbook.armory;

public enum WeaponStatus {

	IN_ARMORY, ISSUED, IN_MAINTENANCE, LOST, DECOMMISSIONED

}
