package org.drillbook.qualification;

import java.util.List;
import java.util.Map;

import org.drillbook.recruit.QualificationCheck;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.qualification.internal.QualificationRecords;

/** The recruit feature's check before a move to QUALIFIED. */
@Component
class RequiredQualifications implements QualificationCheck {

	private final QualificationRecords records;

	private final StandingCalculator calculator;

	RequiredQualifications(QualificationRecords records, StandingCalculator calculator) {
		this.records = records;
		this.calculator = calculator;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> missingFor(long recruitId) {
		Long unitId = this.records.currentUnitOf(recruitId);
		if (unitId == null) {
			return List.of();
		}
		Map<Long, Long> required = this.records.requiredOf(unitId);
		if (required.isEmpty()) {
			return List.of();
		}
		return this.calculator.recruit(recruitId, this.calculator.activeQualifications())
			.stream()
			.filter((s) -> required.containsKey(s.qualificationId()) && !s.status().held())
			.map(Standing::name)
			.toList();
	}

}
