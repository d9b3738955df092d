package org.drillbook.session;

/** Why a recruit was excused or absent; OTHER needs a few words. */
public enum AbsenceReason {

	SICK, DUTY, LEAVE, OTHER

}
