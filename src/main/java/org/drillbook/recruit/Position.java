package org.drillbook.recruit;

/** A recruit's role within a unit. */
public enum Position {

	MEMBER, SQUAD_LEADER, DEPUTY_LEADER, MEDIC, RADIO_OPERATOR, MACHINE_GUNNER, GRENADIER, MARKSMAN

}
