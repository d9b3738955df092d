package org.drillbook.api.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.QualificationReadiness;
import org.drillbook.qualification.ReadinessOverview;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.qualification.Share;
import org.drillbook.qualification.UnitReadiness;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.recruit.Roster;
import org.drillbook.recruit.RosterRow;
import org.drillbook.recruit.RosterService;
import org.drillbook.unit.UnitRow;
import org.drillbook.unit.UnitService;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units, their rosters (call signs only) and their readiness, as the caller may see them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Units", description = "The unit tree, rosters by call sign, readiness")
class UnitApiController {

	private final UnitService units;

	private final RosterService rosters;

	private final ReadinessService readiness;

	private final Clock clock;

	UnitApiController(UnitService units, RosterService rosters, ReadinessService readiness, Clock clock) {
		this.units = units;
		this.rosters = rosters;
		this.readiness = readiness;
		this.clock = clock;
	}

	@GetMapping("/units")
	@Operation(summary = "The units the caller may see (an instructor: their own and below)")
	ApiPage<UnitJson> units(@RequestParam(defaultValue = "false") boolean archived, @ParameterObject Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user) {
		return ApiPage.of(this.units.list(archived, pageable, user), UnitJson::of);
	}

	@GetMapping("/units/{id}/roster")
	@Operation(summary = "A unit's roster on a day (today by default), by call sign; never identities")
	RosterJson roster(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean subunits, @ParameterObject Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Roster roster = this.rosters.roster(id, day, subunits, pageable, user);
		return new RosterJson(roster.unit().id(), roster.unit().code(), roster.asOf(), roster.includeSubunits(),
				roster.countsByStatus(), ApiPage.of(roster.members(), MemberJson::of));
	}

	@GetMapping("/units/{id}/readiness")
	@Operation(summary = "A unit's readiness: for each qualification, how many of its members hold it")
	UnitReadinessJson readiness(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		UnitReadiness unit = this.readiness.ofUnit(id, user);
		return new UnitReadinessJson(unit.unit().id(), unit.unit().code(), unit.today(), unit.members(),
				unit.qualifications().stream().map(QualificationShareJson::of).toList());
	}

	@GetMapping("/readiness")
	@Operation(summary = "Readiness of every unit the caller may see, a page of units at a time")
	ReadinessOverviewJson overview(@ParameterObject Pageable pageable, @AuthenticationPrincipal DrillbookUser user) {
		ReadinessOverview overview = this.readiness.overview(pageable, user);
		return new ReadinessOverviewJson(overview.today(), overview.qualifications(),
				ApiPage.of(overview.units(), (u) -> new UnitShareJson(u.unitId(), u.code(), u.members(), u.shares())));
	}

	record UnitJson(long id, String code, String name, Long parentId, boolean archived, long currentMembers) {

		static UnitJson of(UnitRow row) {
			return new UnitJson(row.id(), row.code(), row.name(), row.parentId(), row.archived(), row.currentMembers());
		}

	}

	record MemberJson(long recruitId, String callSign, RecruitStatus status, long unitId, String unitCode,
			Position position, LocalDate since) {

		static MemberJson of(RosterRow row) {
			return new MemberJson(row.recruitId(), row.callSign(), row.status(), row.unitId(), row.unitCode(),
					row.position(), row.since());
		}

	}

	record RosterJson(long unitId, String unitCode, LocalDate asOf, boolean subunits,
			Map<RecruitStatus, Long> countsByStatus, ApiPage<MemberJson> members) {
	}

	record QualificationShareJson(long qualificationId, String name, boolean required, Share share) {

		static QualificationShareJson of(QualificationReadiness row) {
			return new QualificationShareJson(row.qualificationId(), row.name(), row.required(), row.share());
		}

	}

	record UnitReadinessJson(long unitId, String unitCode, LocalDate today, long members,
			List<QualificationShareJson> qualifications) {
	}

	record UnitShareJson(long unitId, String code, long members, Map<Long, Share> shares) {
	}

	record ReadinessOverviewJson(LocalDate today, Map<Long, String> qualifications, ApiPage<UnitShareJson> units) {
	}

}
