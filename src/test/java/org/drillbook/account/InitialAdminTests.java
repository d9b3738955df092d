package org.drillbook.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class InitialAdminTests {

	private final AccountService accounts = mock(AccountService.class);

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void emptyDatabaseGetsAnAdminWithAOneTimePasswordPrintedOnce(CapturedOutput output) {
		given(this.accounts.hasAccounts()).willReturn(false);
		given(this.accounts.createWithOneTimePassword("admin", Role.ADMIN, null))
			.willReturn(new OneTimeCredentials(1, "admin", "OneTime1234567890abc"));
		new InitialAdmin(this.accounts, new InitialAdminProperties(null, null)).run(null);
		assertThat(output.getOut()).containsOnlyOnce("OneTime1234567890abc").contains("'admin'");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void deploymentVariablesCreateThatAdminWithoutForcedChange(CapturedOutput output) {
		given(this.accounts.hasAccounts()).willReturn(false);
		new InitialAdmin(this.accounts, new InitialAdminProperties("chief", "correct horse battery")).run(null);
		then(this.accounts).should().create("chief", "correct horse battery", Role.ADMIN, null);
		then(this.accounts).should(never()).createWithOneTimePassword(any(), any(), any());
		assertThat(output.getOut()).doesNotContain("correct horse battery");
	}

	@Test
	void nothingHappensWhenAccountsExist() {
		given(this.accounts.hasAccounts()).willReturn(true);
		new InitialAdmin(this.accounts, new InitialAdminProperties("chief", "correct horse battery")).run(null);
		then(this.accounts).should(never()).create(any(), any(), any(), any());
		then(this.accounts).should(never()).createWithOneTimePassword(any(), any(), any());
	}

	@Test
	void aWeakDeploymentPasswordStopsTheStartWithAClearMessage() {
		given(this.accounts.hasAccounts()).willReturn(false);
		org.mockito.BDDMockito.willThrow(new PasswordRejectedException("account.password.error.short", 12))
			.given(this.accounts)
			.create("chief", "short", Role.ADMIN, null);
		assertThatThrownBy(
				() -> new InitialAdmin(this.accounts, new InitialAdminProperties("chief", "short")).run(null))
			.hasMessageContaining("DRILLBOOK_ADMIN_PASSWORD");
	}

}
