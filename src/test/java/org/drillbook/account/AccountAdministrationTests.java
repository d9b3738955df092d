package org.drillbook.account;

import org.drillbook.TestData;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins open, change, disable and reset accounts; the user's sessions follow at once.
 */
@DrillbookIntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestData data;

	@Test
	void anAdminOpensAnAccountWhoseFirstSignInForcesANewPassword() throws Exception {
		DrillbookUser admin = this.data.admin();
		String username = TestData.unique("new-").toLowerCase();
		MvcTestResult created = this.mvc.post()
			.uri("/accounts")
			.with(user(admin))
			.with(csrf())
			.param("username", username)
			.param("role", "ARMORER")
			.param("callSign", "Arsenal-2")
			.param("version", "0")
			.exchange();
		assertThat(created).hasStatusOk().bodyText().contains("id=\"oneTimePassword\"");
		String oneTime = created.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*id=\"oneTimePassword\">([^<]+)<.*", "$1");
		MockHttpSession session = signIn(username, oneTime);
		assertThat(this.mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/account/password");
	}

	@Test
	void disablingEndsEverySessionOnTheNextRequest() {
		DrillbookUser admin = this.data.admin();
		DrillbookUser target = this.data.user(Role.INSTRUCTOR);
		MockHttpSession phone = signIn(target.getUsername(), TestData.PASSWORD);
		MockHttpSession laptop = signIn(target.getUsername(), TestData.PASSWORD);
		assertThat(this.mvc.get().uri("/").session(phone)).hasStatusOk();

		this.accounts.disable(target.id(), this.accounts.find(target.id()).version(), admin);

		assertThat(this.mvc.get().uri("/").session(phone)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
		assertThat(this.mvc.get().uri("/recruits").session(laptop)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", target.getUsername())
			.param("password", TestData.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?error");

		this.accounts.enable(target.id(), this.accounts.find(target.id()).version(), admin);
		assertThat(this.mvc.get().uri("/").session(signIn(target.getUsername(), TestData.PASSWORD))).hasStatusOk();
	}

	@Test
	void aPasswordResetEndsSessionsAndForcesAChange() {
		DrillbookUser admin = this.data.admin();
		DrillbookUser target = this.data.user(Role.ARMORER);
		MockHttpSession before = signIn(target.getUsername(), TestData.PASSWORD);
		OneTimeCredentials reset = this.accounts.resetPassword(target.id(), this.accounts.find(target.id()).version(),
				admin);
		assertThat(this.mvc.get().uri("/").session(before)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
		MockHttpSession after = signIn(target.getUsername(), reset.password());
		assertThat(this.mvc.get().uri("/").session(after)).redirectedUrl().isEqualTo("/account/password");
	}

	@Test
	void aNewRoleEndsTheSessionsSoTheOldRoleIsNotKept() {
		DrillbookUser admin = this.data.admin();
		DrillbookUser target = this.data.user(Role.ADMIN);
		MockHttpSession session = signIn(target.getUsername(), TestData.PASSWORD);
		assertThat(this.mvc.get().uri("/accounts").session(session)).hasStatusOk();
		this.accounts.update(target.id(), Role.INSTRUCTOR, null, this.accounts.find(target.id()).version(), admin);
		assertThat(this.mvc.get().uri("/accounts").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
		assertThat(this.mvc.get().uri("/accounts").session(signIn(target.getUsername(), TestData.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() {
		DrillbookUser target = this.data.user(Role.INSTRUCTOR);
		MockHttpSession other = signIn(target.getUsername(), TestData.PASSWORD);
		MockHttpSession here = signIn(target.getUsername(), TestData.PASSWORD);
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(here)
			.with(csrf())
			.param("currentPassword", TestData.PASSWORD)
			.param("newPassword", "a brand new passphrase")
			.param("confirmPassword", "a brand new passphrase")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(this.mvc.get().uri("/").session(here)).hasStatusOk();
		assertThat(this.mvc.get().uri("/").session(other)).redirectedUrl().isEqualTo("/login?ended");
	}

	@Test
	void adminsCannotLockThemselvesOut() {
		DrillbookUser admin = this.data.admin();
		long version = this.accounts.find(admin.id()).version();
		assertThatThrownBy(() -> this.accounts.disable(admin.id(), version, admin))
			.isInstanceOf(AccountChangeException.class)
			.hasMessage("account.error.self");
		assertThatThrownBy(() -> this.accounts.update(admin.id(), Role.ARMORER, null, version, admin))
			.isInstanceOf(AccountChangeException.class);
	}

	@Test
	void onlyAdminsAdministerAccounts() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThat(this.mvc.get().uri("/accounts").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/accounts/new").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThatThrownBy(() -> this.accounts.open("sneaky", Role.ADMIN, null, instructor))
			.isInstanceOf(AccessDeniedException.class);
	}

	private MockHttpSession signIn(String username, String password) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error", "locked");
		return (MockHttpSession) result.getRequest().getSession();
	}

}
