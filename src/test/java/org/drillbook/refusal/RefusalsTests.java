package org.drillbook.refusal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTests {

	record Form(String serial, String notes) {
	}

	static class Taken extends Refusal {

		Taken(String field) {
			super("serial.taken", new Object[] { "AK-1" }, field);
		}

	}

	static class Locked extends Refusal {

		Locked() {
			super("session.locked");
		}

	}

	private final BindingResult binding = new BeanPropertyBindingResult(new Form("AK-1", ""), "form");

	@Test
	void aRefusalAboutAFieldLandsOnThatFieldWithItsArguments() {
		String view = Refusals.onForm(this.binding, () -> {
			throw new Taken("serial");
		}, () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.binding.getFieldError("serial").getCode()).isEqualTo("serial.taken");
		assertThat(this.binding.getFieldError("serial").getArguments()).containsExactly("AK-1");
		assertThat(this.binding.getFieldValue("serial")).isEqualTo("AK-1");
	}

	@Test
	void aRefusalAboutAFieldTheFormLacksLandsOnTheForm() {
		Refusals.onForm(this.binding, () -> {
			throw new Taken("parentId");
		}, () -> "form");
		assertThat(this.binding.getFieldErrorCount()).isZero();
		assertThat(this.binding.getGlobalError().getCode()).isEqualTo("serial.taken");
	}

	@Test
	void aConflictShowsTheFormAgainSayingSo() {
		String view = Refusals.onForm(this.binding, () -> {
			throw new OptimisticLockingFailureException("stale");
		}, () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.binding.getGlobalError().getCode()).isEqualTo(Refusals.CONFLICT);
	}

	@Test
	void successReturnsTheActionsView() {
		assertThat(Refusals.onForm(this.binding, () -> "redirect:/done", () -> "form")).isEqualTo("redirect:/done");
		assertThat(this.binding.hasErrors()).isFalse();
	}

	@Test
	void afterARedirectTheRefusalIsThePagesErrorInTheReadersLanguage() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		String view = Refusals.onRedirect(redirect, () -> {
			throw new Taken(null);
		}, "done", "redirect:/weapons");
		assertThat(view).isEqualTo("redirect:/weapons");
		assertThat(redirect.getFlashAttributes()).doesNotContainKey("flashSuccess");
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("serial.taken", Locale.forLanguageTag("pl"), "Numer {0} jest zajęty");
		Object error = redirect.getFlashAttributes().get(Refusals.FLASH_ERROR);
		assertThat(messages.getMessage((org.springframework.context.MessageSourceResolvable) error,
				Locale.forLanguageTag("pl")))
			.isEqualTo("Numer AK-1 jest zajęty");
	}

	@Test
	void aSuccessfulButtonSaysSo() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		Refusals.onRedirect(redirect, () -> {
		}, "done", "redirect:/weapons");
		assertThat(redirect.getFlashAttributes().get("flashSuccess")).isEqualTo("done");
		assertThat(redirect.getFlashAttributes()).doesNotContainKey(Refusals.FLASH_ERROR);
	}

	@Test
	void theMessageOfARefusalIsItsKey() {
		assertThat(new Locked()).hasMessage("session.locked");
		assertThat(new Locked().getArguments()).isNull();
	}

}
