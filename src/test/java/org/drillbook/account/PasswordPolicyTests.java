package org.drillbook.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnough() {
		assertThatThrownBy(() -> this.policy.check("abcdefghijk")).isInstanceOf(PasswordRejectedException.class)
			.extracting((ex) -> ((PasswordRejectedException) ex).messageKey())
			.isEqualTo("account.password.error.short");
		assertThatNoException().isThrownBy(() -> this.policy.check("abcdefghijkl"));
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		assertThatNoException().isThrownBy(() -> this.policy.check("Слава героям"));
	}

	@Test
	void moreThanBcryptCanReadIsRefused() {
		assertThatThrownBy(() -> this.policy.check("я".repeat(37))).isInstanceOf(PasswordRejectedException.class)
			.extracting((ex) -> ((PasswordRejectedException) ex).messageKey())
			.isEqualTo("account.password.error.long");
	}

	@Test
	void oneRepeatedCharacterIsTooSimple() {
		assertThatThrownBy(() -> this.policy.check("aaaaaaaaaaaaaaaa")).isInstanceOf(PasswordRejectedException.class);
	}

	@Test
	void generatedPasswordsMeetThePolicyAndDiffer() {
		String first = this.policy.generate();
		assertThatNoException().isThrownBy(() -> this.policy.check(first));
		assertThat(this.policy.generate()).isNotEqualTo(first);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "qwertyuiopasdf", "5tgb6yhn7ujm8ik,", "asdfghjkl;'zxcvbnm", "йцукенгшщзхї", "фывапролджэ12" })
	void keyboardWalksAreRefused(String walk) {
		assertThatThrownBy(() -> this.policy.check(walk)).isInstanceOf(PasswordRejectedException.class)
			.extracting((ex) -> ((PasswordRejectedException) ex).messageKey())
			.isEqualTo("account.password.error.keyboard");
	}

	@ParameterizedTest
	@ValueSource(strings = { "test passphrase 2026", "Слава героям", "correct horse battery", "abcdefghijkl" })
	void wordsThatOnlyBrushTheKeyboardAreAccepted(String password) {
		assertThatNoException().isThrownBy(() -> this.policy.check(password));
	}

	@Test
	void shipsAtLeastTenThousandCommonPasswords() {
		assertThat(this.policy.commonCount()).isGreaterThanOrEqualTo(10_000);
	}

	@Test
	void commonPasswordsAreRefusedAlsoWithDigitsAndSymbolsAround() {
		for (String weak : new String[] { "password1234", "Qwertyuiop12!", "2026-trustno1-2026", "!!!!football!!!!",
				"Slava Ukraini 2026" }) {
			assertThatThrownBy(() -> this.policy.check(weak)).as(weak)
				.isInstanceOf(PasswordRejectedException.class)
				.extracting((ex) -> ((PasswordRejectedException) ex).messageKey())
				.isEqualTo("account.password.error.common");
		}
		assertThatNoException().isThrownBy(() -> this.policy.check("rifle range at dawn"));
		assertThatNoException().isThrownBy(() -> this.policy.check("drillbook-demo"));
	}

}
