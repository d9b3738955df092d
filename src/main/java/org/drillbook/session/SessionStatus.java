package org.drillbook.session;

/** PLANNED → OPEN → SIGNED_OFF (locked), or CANCELLED before sign-off. */
public enum SessionStatus {

	PLANNED, OPEN, SIGNED_OFF, CANCELLED;

	public boolean editable() {
		return this == PLANNED || this == OPEN;
	}

}
