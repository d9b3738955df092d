package org.drillbook.armory;

/** How a weapon came back; a damaged one goes to maintenance. */
public enum ReturnCondition {

	GOOD, NEEDS_CLEANING, DAMAGED

}
