package org.drillbook.armory;

public enum AmmoKind {

	RECEIPT, CONSUMPTION, ADJUSTMENT, DRAW, RETURN

}
