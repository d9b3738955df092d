package org.drillbook.recruit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.unit.UnitSummary;
import org.drillbook.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.recruit.internal.Membership;
import org.drillbook.recruit.internal.MembershipRepository;
import org.drillbook.recruit.internal.Recruit;
import org.drillbook.recruit.internal.RecruitRepository;

/**
 * Many recruits taken in at once, all or none: a CSV import and the demo's intake. Each
 * recruit walks the lifecycle to the status given and is audited on its own.
 */
@Service
public class EnlistmentService {

	private final RecruitRepository recruits;

	private final MembershipRepository memberships;

	private final UnitService units;

	private final AuditService audit;

	private final Clock clock;

	EnlistmentService(RecruitRepository recruits, MembershipRepository memberships, UnitService units,
			AuditService audit, Clock clock) {
		this.recruits = recruits;
		this.memberships = memberships;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** Takes in many recruits at once, all or none. */
	@Transactional
	public void enlistAll(List<Enlistment> enlistments, String by) {
		Instant now = this.clock.instant();
		Map<String, UnitSummary> unitsByCode = new HashMap<>();
		List<Recruit> newRecruits = new ArrayList<>(enlistments.size());
		List<Membership> newMemberships = new ArrayList<>(enlistments.size());
		for (Enlistment e : enlistments) {
			Recruit recruit = Recruit.enlist(e.callSign(), e.intakeDate(), e.identity(), by, now);
			for (RecruitStatus step : RecruitStatus.APPLICANT.pathTo(e.status())) {
				recruit.changeStatus(step, null, by, now);
			}
			newRecruits.add(recruit);
			if (e.unitCode() != null) {
				UnitSummary unit = unitsByCode.computeIfAbsent(e.unitCode(), this.units::summary);
				newMemberships.add(new Membership(recruit, unit.id(), e.position(), e.intakeDate()));
			}
		}
		this.recruits.saveAll(newRecruits);
		this.memberships.saveAll(newMemberships);
		for (int i = 0; i < newRecruits.size(); i++) {
			Enlistment e = enlistments.get(i);
			this.audit.record(by, AuditAction.RECRUIT_ENLISTED, AuditRecordType.RECRUIT, newRecruits.get(i).getId(),
					Changes.of()
						.set("callSign", e.callSign())
						.set("intakeDate", e.intakeDate())
						.set("unit", e.unitCode())
						.set("status", e.status())
						.note(e.identity().equals(IdentityDetails.EMPTY) ? "audit.note.identityNone"
								: "audit.note.identitySet"));
		}
	}

}
