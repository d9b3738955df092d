package org.drillbook.armory;

public enum WeaponKind {

	RIFLE, PISTOL, MACHINE_GUN, GRENADE_LAUNCHER, TRAINING_REPLICA, OTHER

}
