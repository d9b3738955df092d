package org.drillbook.api.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.IssueRow;
import org.drillbook.armory.WeaponDetails;
import org.drillbook.armory.WeaponIssueService;
import org.drillbook.armory.WeaponKind;
import org.drillbook.armory.WeaponRow;
import org.drillbook.armory.WeaponStatus;

import org.springframework.data.domain.Page;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The weapon register and who holds each weapon; for armorers and admins. */
@RestController
@RequestMapping("/api/v1/weapons")
@Tag(name = "Armory", description = "Weapons and who holds them")
class ArmoryApiController {

	private final ArmoryService armory;

	private final WeaponIssueService issues;

	ArmoryApiController(ArmoryService armory, WeaponIssueService issues) {
		this.armory = armory;
		this.issues = issues;
	}

	@GetMapping
	@Operation(summary = "Weapons of the register, with who holds each one that is out")
	ApiPage<WeaponJson> weapons(@RequestParam(required = false) WeaponKind kind,
			@RequestParam(required = false) WeaponStatus status, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String serial, @ParameterObject Pageable pageable,
			@AuthenticationPrincipal DrillbookUser user) {
		Page<WeaponRow> page = this.armory.inventory(kind, status, unit, serial, pageable, user);
		Map<Long, IssueRow> holders = this.issues.holders(page.getContent().stream().map(WeaponRow::id).toList(), user);
		return ApiPage.of(page, (w) -> WeaponJson.of(w, holders.get(w.id())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One weapon with who holds it and its history of issues")
	WeaponDetailsJson weapon(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		WeaponDetails details = this.armory.details(id, user);
		return new WeaponDetailsJson(WeaponJson.of(details.weapon(), details.current()),
				details.history().stream().map(IssueJson::of).toList(), details.roundsSinceMaintenance());
	}

	record IssueJson(long id, String holder, Long holderRecruitId, Long sessionId, String issuedBy, Instant issuedAt,
			String returnedBy, Instant returnedAt) {

		static IssueJson of(IssueRow row) {
			return new IssueJson(row.id(), row.holder(), row.holderRecruitId(), row.sessionId(), row.issuedBy(),
					row.issuedAt(), row.returnedBy(), row.returnedAt());
		}

	}

	record WeaponJson(long id, WeaponKind kind, String makeModel, String serial, String caliber, Long homeUnitId,
			WeaponStatus status, IssueJson heldBy) {

		static WeaponJson of(WeaponRow row, IssueRow open) {
			return new WeaponJson(row.id(), row.kind(), row.makeModel(), row.serial(), row.caliber(), row.homeUnitId(),
					row.status(), (open != null) ? IssueJson.of(open) : null);
		}

	}

	record WeaponDetailsJson(WeaponJson weapon, List<IssueJson> history, long roundsSinceMaintenance) {
	}

}
