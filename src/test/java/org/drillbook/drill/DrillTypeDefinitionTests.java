package org.drillbook.drill;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each standard decides a pass; the edge values are where mistakes hide. */
class DrillTypeDefinitionTests {

	@Test
	void passFailIsWhatTheInstructorRecorded() {
		DrillTypeDefinition drill = DrillTypeDefinition.passFail("React to contact", DrillCategory.TACTICS, null);
		assertThat(drill.passes(BigDecimal.ONE)).isTrue();
		assertThat(drill.passes(BigDecimal.ZERO)).isFalse();
	}

	@Test
	void pointsPassExactlyAtThePassMark() {
		DrillTypeDefinition drill = DrillTypeDefinition.points("Shoot 100 m", DrillCategory.MARKSMANSHIP, null, 50, 35);
		assertThat(drill.passes(new BigDecimal("35"))).isTrue();
		assertThat(drill.passes(new BigDecimal("34.99"))).isFalse();
		assertThat(drill.passes(new BigDecimal("50"))).isTrue();
	}

	@Test
	void timePassesExactlyAtTheLimitAndNotAHundredthAbove() {
		DrillTypeDefinition drill = DrillTypeDefinition.timed("Magazine change", DrillCategory.WEAPON_HANDLING, null,
				new BigDecimal("6.0"), 4, "rifle");
		assertThat(drill.passes(new BigDecimal("6.00"))).isTrue();
		assertThat(drill.passes(new BigDecimal("6.01"))).isFalse();
		assertThat(drill.passes(new BigDecimal("4.2"))).isTrue();
	}

	@Test
	void hitsPassAtTheMinimum() {
		DrillTypeDefinition drill = DrillTypeDefinition.hits("Grouping 25 m", DrillCategory.MARKSMANSHIP, null, 5, 4,
				"rifle");
		assertThat(drill.passes(new BigDecimal("4"))).isTrue();
		assertThat(drill.passes(new BigDecimal("3"))).isFalse();
		assertThat(drill.maximum()).isEqualByComparingTo("5");
	}

	@Test
	void negativeValuesAreRefused() {
		DrillTypeDefinition drill = DrillTypeDefinition.points("x", DrillCategory.OTHER, null, 10, 5);
		assertThatThrownBy(() -> drill.passes(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anIncompleteStandardIsRefused() {
		assertThat(new DrillTypeDefinition("x", DrillCategory.OTHER, null, StandardKind.POINTS, 10, 11, null, null,
				null, null)
			.complete()).isFalse();
		assertThat(
				new DrillTypeDefinition("x", DrillCategory.OTHER, null, StandardKind.HITS, null, null, null, 6, 5, null)
					.complete())
			.isFalse();
		assertThat(new DrillTypeDefinition("x", DrillCategory.OTHER, null, StandardKind.TIME, null, null, null, null,
				null, null)
			.complete()).isFalse();
	}

	@Test
	void aChecklistPassesWithEveryCriticalStepAndExactlyTheRequiredShare() {
		// 5 steps, 2 critical, 60 %: 3 of 5 steps is exactly the share
		DrillTypeDefinition drill = DrillTypeDefinition.checklist("React to contact", DrillCategory.TACTICS, null,
				java.util.List.of(new ChecklistStep("Return fire", true), new ChecklistStep("Take cover", true),
						new ChecklistStep("Shout the contact", false), new ChecklistStep("Locate", false),
						new ChecklistStep("Report", false)),
				60);
		drill.validate();
		assertThat(drill.passesChecklist(java.util.Set.of(0, 1, 2))).as("every critical step and exactly 60 %")
			.isTrue();
		assertThat(drill.passesChecklist(java.util.Set.of(0, 1))).as("every critical step, 40 %").isFalse();
		assertThat(drill.passesChecklist(java.util.Set.of(0, 2, 3, 4))).as("80 %, a critical step missed").isFalse();
		assertThat(drill.passesChecklist(java.util.Set.of(0, 1, 2, 3, 4))).isTrue();
		assertThat(drill.missed(java.util.Set.of(0, 1, 2))).extracting(ChecklistStep::text)
			.containsExactly("Locate", "Report");
		assertThat(drill.maximum()).isEqualByComparingTo("5");
		assertThatThrownBy(() -> drill.passes(BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aChecklistNeedsStepsAndAShare() {
		assertThat(
				DrillTypeDefinition.checklist("Empty", DrillCategory.TACTICS, null, java.util.List.of(), 50).complete())
			.isFalse();
		assertThat(new DrillTypeDefinition("No share", DrillCategory.TACTICS, null, StandardKind.CHECKLIST, null, null,
				null, null, null, null, java.util.List.of(new ChecklistStep("Step", false)), null)
			.complete()).isFalse();
		assertThat(ChecklistStep.parse("* Return fire\n\n  Take cover  \n*Report")).containsExactly(
				new ChecklistStep("Return fire", true), new ChecklistStep("Take cover", false),
				new ChecklistStep("Report", true));
	}

}
