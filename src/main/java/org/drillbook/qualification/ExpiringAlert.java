package org.drillbook.qualification;

import java.util.List;

/** A unit's members whose qualifications lapse within the warning window. */
public record ExpiringAlert(long unitId, String unitCode, List<MemberStanding> standings) {

}
