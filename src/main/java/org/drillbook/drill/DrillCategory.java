package org.drillbook.drill;

public enum DrillCategory {

	WEAPON_HANDLING, MARKSMANSHIP, TACTICS, FIRST_AID, FITNESS, COMMUNICATIONS, OTHER

}
