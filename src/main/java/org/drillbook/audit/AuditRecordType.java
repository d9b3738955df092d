package org.drillbook.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record the trail speaks of. Each is stored by its code (as the first rows
 * were written) and shown with the label {@code audit.entity.CODE}; the filter offers all
 * of them.
 */
public enum AuditRecordType {

	ACCOUNT("Account"), UNIT("Unit"), RECRUIT("Recruit"), DRILL_TYPE("DrillType"), SESSION("Session"), WEAPON("Weapon"),
	INVENTORY("Inventory"), AMMUNITION("Ammunition"), QUALIFICATION("Qualification");

	private final String code;

	AuditRecordType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<AuditRecordType> ofCode(String code) {
		return Arrays.stream(values()).filter((t) -> t.code.equals(code)).findFirst();
	}

}
