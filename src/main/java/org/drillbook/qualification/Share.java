package org.drillbook.qualification;

/** How the current members of a unit stand with one qualification. */
public record Share(long members, long qualified, long expiring, long expired, long notYet) {

	public static final Share NONE = new Share(0, 0, 0, 0, 0);

	Share plus(QualificationStatus status) {
		return new Share(this.members + 1, this.qualified + ((status == QualificationStatus.QUALIFIED) ? 1 : 0),
				this.expiring + ((status == QualificationStatus.EXPIRING) ? 1 : 0),
				this.expired + ((status == QualificationStatus.EXPIRED) ? 1 : 0),
				this.notYet + ((status == QualificationStatus.NOT_YET) ? 1 : 0));
	}

	/** Members who hold it today (QUALIFIED or EXPIRING). */
	public long held() {
		return this.qualified + this.expiring;
	}

	/** Members who do not hold it today (EXPIRED or NOT_YET). */
	public long missing() {
		return this.expired + this.notYet;
	}

	/**
	 * The share of members who hold it, in whole percent (rounded down); 0 without
	 * members.
	 */
	public int percentHeld() {
		return (this.members == 0) ? 0 : (int) (this.held() * 100 / this.members);
	}

}
