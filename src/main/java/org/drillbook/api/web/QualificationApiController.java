package org.drillbook.api.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.QualificationRow;
import org.drillbook.qualification.QualificationRule;
import org.drillbook.qualification.QualificationService;
import org.drillbook.qualification.QualificationStatus;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.qualification.RecruitQualifications;
import org.drillbook.qualification.Standing;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Qualifications, and where a recruit stands in each. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Qualifications", description = "Qualifications and each recruit's standing")
class QualificationApiController {

	private final QualificationService qualifications;

	private final ReadinessService readiness;

	QualificationApiController(QualificationService qualifications, ReadinessService readiness) {
		this.qualifications = qualifications;
		this.readiness = readiness;
	}

	@GetMapping("/qualifications")
	@Operation(summary = "Qualifications with their requirements")
	ApiPage<QualificationJson> qualifications(@RequestParam(defaultValue = "false") boolean retired,
			@ParameterObject Pageable pageable, @AuthenticationPrincipal DrillbookUser user) {
		return ApiPage.of(this.qualifications.list(retired, pageable, user), QualificationJson::of);
	}

	@GetMapping("/recruits/{id}/qualifications")
	@Operation(summary = "Where one recruit stands in every qualification, with when it lapses")
	RecruitStandingJson standing(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		RecruitQualifications of = this.readiness.ofRecruit(id, user);
		return new RecruitStandingJson(of.recruitId(), of.callSign(), of.today(),
				of.standings().stream().map((s) -> StandingJson.of(s, of.requires(s.qualificationId()))).toList());
	}

	record RequirementJson(long drillTypeId, String drill, QualificationRule rule, int minPasses, int windowDays) {
	}

	record QualificationJson(long id, String name, String description, int revision, boolean retired,
			List<RequirementJson> requirements) {

		static QualificationJson of(QualificationRow row) {
			return new QualificationJson(row.id(), row.name(), row.description(), row.revision(), row.retired(),
					row.requirements()
						.stream()
						.map((r) -> new RequirementJson(r.requirement().drillTypeId(), r.drillName(),
								r.requirement().rule(), r.requirement().minPasses(), r.requirement().windowDays()))
						.toList());
		}

	}

	record StandingJson(long qualificationId, String name, QualificationStatus status, LocalDate validUntil,
			boolean required, List<String> missing) {

		static StandingJson of(Standing standing, boolean required) {
			return new StandingJson(standing.qualificationId(), standing.name(), standing.status(),
					standing.validUntil(), required, standing.shortfalls().stream().map((s) -> s.drillName()).toList());
		}

	}

	record RecruitStandingJson(long recruitId, String callSign, LocalDate today, List<StandingJson> standings) {
	}

}
