package org.drillbook.qualification;

import org.drillbook.unit.UnitDetails;

import org.springframework.data.domain.Page;

/** A page of one list of a unit's members for one qualification. */
public record MemberListPage(UnitDetails unit, long qualificationId, String qualificationName, MemberList list,
		Page<MemberStanding> members) {

}
