package org.drillbook.account;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real Chromium with a virtual authenticator (DevTools' WebAuthn domain): a
 * user adds a passkey, signs out, and signs in with it, without the authenticator code
 * their account otherwise asks for; once an admin has removed the user's passkeys, it no
 * longer opens the account. The passkeys page and the sign-in button fit a 360 px phone
 * in every language. WebAuthn wants a host name, not an address, so this class reaches
 * the server as {@code localhost} on a port chosen before it starts (the origin the
 * relying party accepts).
 */
class PasskeyJourneyTests extends BrowserTestSupport {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void relyingParty(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("drillbook.passkeys.rp-id", () -> "localhost");
		registry.add("drillbook.passkeys.origins", () -> "http://localhost:" + PORT);
	}

	@Autowired
	TestData data;

	@Autowired
	PasskeyService passkeys;

	@Autowired
	JdbcTemplate jdbc;

	@Override
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aPasskeyIsAddedAndSignsInWithoutTheAuthenticatorCodeUntilAnAdminRemovesIt() {
		VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
		try {
			DrillbookUser instructor = this.data.instructor(this.data.unit(null));
			signIn(instructor.getUsername(), TestData.PASSWORD);
			browser.get(url("/account/passkeys?lang=en"));
			consoleErrors();
			click(By.id("registerPasskey"));
			assertThat(wait(ExpectedConditions.visibilityOfElementLocated(By.id("passkeyError"))).getText())
				.as("a passkey needs a name")
				.contains("name");
			browser.findElement(By.id("passkeyLabel")).sendKeys("range phone");
			click(By.id("registerPasskey"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("passkeyRegistered")));
			assertThat(browser.findElement(By.cssSelector("#passkeyList .passkey-label")).getText())
				.isEqualTo("range phone");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_event where action = 'PASSKEY_REGISTERED' and actor = ?", Integer.class,
					instructor.getUsername()))
				.isEqualTo(1);

			// from now on the account has a second factor: a password alone is not enough
			this.jdbc.update("update user_account set totp_enabled = true where id = ?", instructor.id());
			signIn(instructor.getUsername(), TestData.PASSWORD);
			wait(ExpectedConditions.urlContains("/login/2fa"));

			browser.get("about:blank");
			((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Network.clearBrowserCookies",
					Map.of());
			browser.get(url("/login"));
			click(By.id("passkeySignIn"));
			wait(ExpectedConditions.presenceOfElementLocated(By.id("userMenu")));
			assertThat(browser.getCurrentUrl()).doesNotContain("/login");
			browser.get(url("/account/passkeys"));
			assertThat(browser.findElement(By.cssSelector("#userMenu .dropdown-toggle")).getText())
				.isEqualTo(instructor.getUsername());
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_event where action = 'LOGIN_SUCCESS' and actor = ?", Integer.class,
					instructor.getUsername()))
				.isGreaterThanOrEqualTo(2);

			assertThat(this.passkeys.removeAll(instructor.id(), this.data.admin())).isEqualTo(1);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_event where action = 'PASSKEY_REMOVED' and entity_id = ?",
					Integer.class, String.valueOf(instructor.id())))
				.isEqualTo(1);
			browser.get("about:blank");
			((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Network.clearBrowserCookies",
					Map.of());
			browser.get(url("/login"));
			click(By.id("passkeySignIn"));
			wait(ExpectedConditions.visibilityOfElementLocated(By.id("passkeyError")));
			assertThat(browser.findElements(By.id("userMenu"))).isEmpty();
		}
		finally {
			((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
		}
	}

	@Test
	void thePasskeysPageAndTheSignInButtonFitAPhoneInEveryLanguage() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		Map<String, String> titles = Map.of("en", "Passkeys", "pl", "Klucze dostępu", "uk", "Ключі доступу", "be",
				"Ключы доступу");
		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			for (String lang : List.of("en", "pl", "uk", "be")) {
				browser.get("about:blank");
				((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Network.clearBrowserCookies",
						Map.of());
				browser.get(url("/login?lang=" + lang));
				fitsAPhone(lang, "#passkeySignIn");
				signIn(instructor.getUsername(), TestData.PASSWORD);
				browser.get(url("/account/passkeys?lang=" + lang));
				assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(titles.get(lang));
				fitsAPhone(lang, "#registerPasskey", "#passkeyLabel");
			}
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
