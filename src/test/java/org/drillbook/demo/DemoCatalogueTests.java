package org.drillbook.demo;

import java.util.Map;

import org.drillbook.drill.DrillText;
import org.drillbook.drill.DrillTypeDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo drill is in all four languages: a name and a description in Polish,
 * Ukrainian and Belarusian, and every checklist step translated.
 */
class DemoCatalogueTests {

	@Test
	void everyDemoDrillHasEveryLanguage() {
		for (DrillTypeDefinition drill : DemoDataSeeder.catalogue()) {
			Map<String, DrillText> texts = DemoCatalogue.translations(drill.name());
			assertThat(texts.keySet()).as(drill.name()).containsExactlyInAnyOrderElementsOf(DrillText.TRANSLATED);
			texts.forEach((lang, text) -> {
				assertThat(text.name()).as(drill.name() + " in " + lang).isNotBlank().isNotEqualTo(drill.name());
				assertThat(text.description()).as(drill.name() + " described in " + lang).isNotBlank();
				assertThat(text.steps()).as(drill.name() + " steps in " + lang).hasSameSizeAs(drill.steps());
			});
		}
		assertThat(DemoCatalogue.TEXTS.keySet()).as("no translation of a drill the demo does not have")
			.containsExactlyInAnyOrderElementsOf(
					DemoDataSeeder.catalogue().stream().map(DrillTypeDefinition::name).toList());
	}

}
