package org.drillbook.qualification;

/** Which members of a unit a readiness list shows for one qualification. */
public enum MemberList {

	/** Held, but lapsing within the warning window. */
	EXPIRING,

	/** Not held today: expired or never met. */
	MISSING,

	/** Held today. */
	HELD,

	/** Everyone. */
	ALL;

	boolean includes(QualificationStatus status) {
		return switch (this) {
			case EXPIRING -> status == QualificationStatus.EXPIRING;
			case MISSING -> !status.held();
			case HELD -> status.held();
			case ALL -> true;
		};
	}

}
