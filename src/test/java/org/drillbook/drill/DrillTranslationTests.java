package org.drillbook.drill;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The catalogue in four languages: the reader's language where there is a translation,
 * else the English marked as a fallback; checklist steps translated in order; the edit
 * form edits the English and the translations side by side.
 */
@DrillbookIntegrationTest
class DrillTranslationTests {

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	TestData data;

	@Autowired
	MockMvcTester mvc;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theReadersLanguageIsShownElseTheEnglishMarkedAsAFallback() {
		DrillbookUser admin = this.data.admin();
		String english = TestData.unique("00 React ");
		String polish = TestData.unique("00 Reakcja ");
		long drill = this.drillTypes.define(
				// communications, named "00 …": first in the catalogue, whatever other
				// tests added
				DrillTypeDefinition.checklist(english, DrillCategory.COMMUNICATIONS, "Observed",
						List.of(new ChecklistStep("Return fire", true), new ChecklistStep("Take cover", false)), 50),
				Map.of("pl", new DrillText(polish, "Oceniana", List.of("Odpowiedz ogniem", "Zajmij ukrycie"))), admin);

		LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
		DrillTypeRow inPolish = this.drillTypes.find(drill);
		assertThat(inPolish.name()).isEqualTo(polish);
		assertThat(inPolish.fallback()).isFalse();
		assertThat(inPolish.definition().steps()).containsExactly(new ChecklistStep("Odpowiedz ogniem", true),
				new ChecklistStep("Zajmij ukrycie", false));

		LocaleContextHolder.setLocale(Locale.forLanguageTag("uk"));
		DrillTypeRow inUkrainian = this.drillTypes.find(drill);
		assertThat(inUkrainian.name()).isEqualTo(english);
		assertThat(inUkrainian.fallback()).isTrue();

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.drillTypes.find(drill).fallback()).isFalse();

		assertThat(this.mvc.get().uri("/drills").header("Accept-Language", "uk").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(english, "fallback-mark");
		assertThat(this.mvc.get().uri("/drills").header("Accept-Language", "pl").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(polish);
		assertThat(this.mvc.get().uri("/drills/{id}/edit", drill).header("Accept-Language", "pl").with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"" + english + "\"", "value=\"" + polish + "\"");
	}

	@Test
	void aTranslationIsEnteredOnTheFormAndMustFollowTheEnglishSteps() {
		DrillbookUser admin = this.data.admin();
		String english = TestData.unique("MARCH ");
		assertThat(this.mvc.post()
			.uri("/drills")
			.with(user(admin))
			.with(csrf())
			.header("Accept-Language", "uk")
			.param("name", english)
			.param("category", "FIRST_AID")
			.param("standard", "CHECKLIST")
			.param("steps", "* Tourniquet\nAirway")
			.param("passShare", "50")
			.param("nameUk", "Допомога")
			.param("stepsUk", "Турнікет")
			.param("version", "0")).hasStatusOk().bodyText().contains("Вкажіть кожен крок", "value=\"Допомога\"");
		assertThat(this.drillTypes.exists(english)).isFalse();

		assertThat(this.mvc.post()
			.uri("/drills")
			.with(user(admin))
			.with(csrf())
			.param("name", english)
			.param("category", "FIRST_AID")
			.param("standard", "CHECKLIST")
			.param("steps", "* Tourniquet\nAirway")
			.param("passShare", "50")
			.param("nameUk", "Допомога")
			.param("stepsUk", "Турнікет\nДихальні шляхи")
			.param("version", "0")).hasStatus3xxRedirection();
		LocaleContextHolder.setLocale(Locale.forLanguageTag("uk"));
		long id = this.drillTypes.active()
			.stream()
			.filter((d) -> d.name().equals("Допомога"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.drillTypes.find(id).definition().steps()).extracting(ChecklistStep::text)
			.containsExactly("Турнікет", "Дихальні шляхи");
		assertThatThrownBy(() -> this.drillTypes.redefine(id, this.drillTypes.forEdit(id).drill().definition(),
				Map.of("be", new DrillText("Дапамога", null, List.of("Адзін"))), this.drillTypes.find(id).version(),
				admin))
			.hasMessage("drill.error.translationSteps");
	}

}
