package org.drillbook.trainee;

import java.util.List;

import org.drillbook.armory.IssueRow;
import org.drillbook.qualification.RecruitQualifications;
import org.drillbook.recruit.MembershipRow;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.session.SessionRow;

/**
 * The first page a trainee sees: who they are here, their unit's next sessions, their
 * qualifications with expiry, and the weapons they hold.
 */
public record TraineeOverview(String callSign, RecruitStatus status, MembershipRow unit, List<SessionRow> upcoming,
		RecruitQualifications qualifications, List<IssueRow> weapons) {

}
