package org.drillbook.qualification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;

import org.springframework.stereotype.Component;
import org.drillbook.qualification.internal.QualificationRecords;
import org.drillbook.qualification.internal.QualificationRepository;
import org.drillbook.qualification.internal.MemberEvidence;

/**
 * Turns the evidence of many members into standings: one query for the evidence, one for
 * the drill types' names, and the rules of {@link Standing} in memory.
 */
@Component
class StandingCalculator {

	private final QualificationRecords records;

	private final QualificationRepository qualifications;

	private final DrillTypeService drillTypes;

	private final QualificationProperties properties;

	private final Clock clock;

	StandingCalculator(QualificationRecords records, QualificationRepository qualifications,
			DrillTypeService drillTypes, QualificationProperties properties, Clock clock) {
		this.records = records;
		this.qualifications = qualifications;
		this.drillTypes = drillTypes;
		this.properties = properties;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	int expiringDays() {
		return this.properties.expiringDays();
	}

	/** Active qualifications by id, in name order. */
	Map<Long, String> activeQualifications() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.qualifications.findActive().forEach((q) -> names.put(q.getId(), q.getName()));
		return names;
	}

	/**
	 * Standings of some recruits in the given qualifications, by recruit and
	 * qualification.
	 */
	Map<Long, Map<Long, Standing>> ofRecruits(Collection<Long> recruitIds, Map<Long, String> qualificationNames) {
		Map<Long, Map<Long, Standing>> result = new java.util.HashMap<>();
		standings(this.records.evidenceOf(recruitIds, today(), this.clock.getZone()), qualificationNames)
			.forEach((s) -> result.computeIfAbsent(s.recruitId(), (k) -> new java.util.HashMap<>())
				.put(s.standing().qualificationId(), s.standing()));
		return result;
	}

	/** Standings of one recruit in every active qualification, in name order. */
	List<Standing> recruit(long recruitId, Map<Long, String> qualificationNames) {
		return standings(this.records.evidenceOf(recruitId, today(), this.clock.getZone()), qualificationNames).stream()
			.map(MemberStanding::standing)
			.sorted(Comparator.comparing(Standing::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private List<MemberStanding> standings(List<MemberEvidence> evidence, Map<Long, String> qualificationNames) {
		Set<Long> drills = evidence.stream()
			.map((e) -> e.evidence().requirement().drillTypeId())
			.collect(Collectors.toSet());
		Map<Long, String> drillNames = drills.isEmpty() ? Map.of()
				: this.drillTypes.findAll(drills)
					.stream()
					.collect(Collectors.toMap(DrillTypeRow::id, DrillTypeRow::name));
		LocalDate today = today();
		List<MemberStanding> result = new ArrayList<>();
		int i = 0;
		while (i < evidence.size()) {
			MemberEvidence first = evidence.get(i);
			List<Evidence> group = new ArrayList<>();
			while (i < evidence.size() && evidence.get(i).recruitId() == first.recruitId()
					&& evidence.get(i).qualificationId() == first.qualificationId()) {
				group.add(evidence.get(i).evidence());
				i++;
			}
			String name = qualificationNames.get(first.qualificationId());
			if (name != null) {
				result.add(new MemberStanding(first.recruitId(), first.callSign(), first.unitId(), Standing
					.of(first.qualificationId(), name, group, today, this.properties.expiringDays(), drillNames)));
			}
		}
		return result;
	}

}
