package org.drillbook.recruit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drillbook.unit.Unit;
import org.drillbook.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recruits: intake, lifecycle and unit membership. */
@Service
public class RecruitService {

	private final RecruitRepository recruits;

	private final MembershipRepository memberships;

	private final UnitService units;

	private final Clock clock;

	RecruitService(RecruitRepository recruits, MembershipRepository memberships, UnitService units, Clock clock) {
		this.recruits = recruits;
		this.memberships = memberships;
		this.units = units;
		this.clock = clock;
	}

	/** Takes in many recruits at once, all or none. */
	@Transactional
	public void enlistAll(List<Enlistment> enlistments, String by) {
		Instant now = this.clock.instant();
		Map<String, Unit> unitsByCode = new HashMap<>();
		List<Recruit> newRecruits = new ArrayList<>(enlistments.size());
		List<Membership> newMemberships = new ArrayList<>(enlistments.size());
		for (Enlistment e : enlistments) {
			Recruit recruit = Recruit.enlist(e.callSign(), e.intakeDate(), by, now);
			for (RecruitStatus step : RecruitStatus.APPLICANT.pathTo(e.status())) {
				recruit.changeStatus(step, null, by, now);
			}
			newRecruits.add(recruit);
			if (e.unitCode() != null) {
				Unit unit = unitsByCode.computeIfAbsent(e.unitCode(), this.units::reference);
				newMemberships.add(new Membership(recruit, unit, e.position(), e.intakeDate()));
			}
		}
		this.recruits.saveAll(newRecruits);
		this.memberships.saveAll(newMemberships);
	}

	@Transactional(readOnly = true)
	public boolean callSignTaken(String callSign) {
		return this.recruits.existsByCallSignIgnoreCase(callSign);
	}

	@Transactional(readOnly = true)
	public Map<RecruitStatus, Long> countByStatus() {
		Map<RecruitStatus, Long> counts = new EnumMap<>(RecruitStatus.class);
		for (RecruitStatus status : RecruitStatus.values()) {
			counts.put(status, 0L);
		}
		for (RecruitRepository.StatusCount row : this.recruits.countByStatus()) {
			counts.put(row.getStatus(), row.getCount());
		}
		return counts;
	}

}
