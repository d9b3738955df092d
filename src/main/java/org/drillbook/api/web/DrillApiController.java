package org.drillbook.api.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.drill.StandardKind;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The drill catalogue with each drill's standard. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Drills", description = "The drill catalogue")
class DrillApiController {

	private final DrillTypeService drills;

	DrillApiController(DrillTypeService drills) {
		this.drills = drills;
	}

	@GetMapping("/drills")
	@Operation(summary = "The drill catalogue, with each drill's standard")
	ApiPage<DrillJson> drills(@RequestParam(defaultValue = "false") boolean retired,
			@ParameterObject Pageable pageable) {
		return ApiPage.of(this.drills.catalogue(retired, pageable), DrillJson::of);
	}

	record DrillJson(long id, String name, DrillCategory category, String description, StandardKind standard,
			Integer maxPoints, Integer passPoints, BigDecimal timeLimitSeconds, Integer minHits,
			Integer roundsPerAttempt, String weaponType, java.util.List<org.drillbook.drill.ChecklistStep> steps,
			Integer passShare, int standardRevision, boolean retired) {

		static DrillJson of(DrillTypeRow row) {
			DrillTypeDefinition d = row.definition();
			return new DrillJson(row.id(), d.name(), d.category(), d.description(), d.standard(), d.maxPoints(),
					d.passPoints(), d.timeLimitSeconds(), d.minHits(), d.roundsPerAttempt(), d.weaponType(), d.steps(),
					d.passShare(), row.standardRevision(), row.retired());
		}

	}

}
