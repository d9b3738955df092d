package org.drillbook.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every request mapping of the application, read from Spring's handler mappings, against
 * every kind of caller: anonymous, each role, and an instructor of another unit (with ids
 * of records outside their units); a trainee at their own recruit's ids and at others'. A
 * new endpoint without a row here fails the test.
 */
@DrillbookIntegrationTest
class AccessMatrixTests {

	/** What a caller gets: the page, a refusal, or the way to the sign-in page. */
	enum Access {

		OK, DENIED, LOGIN, BROKEN

	}

	private static final Access O = Access.OK;

	private static final Access D = Access.DENIED;

	/**
	 * Expected access per endpoint for: admin, instructor of the record's unit,
	 * instructor of another unit, armorer. Anonymous callers always go to the sign-in
	 * page, except where public.
	 */
	private static final Map<String, Access[]> MATRIX = new LinkedHashMap<>();

	private static final Set<String> PUBLIC = Set.of("GET /login", "GET /error", "POST /error");

	/**
	 * All a trainee may reach: their own record, their sign-in and its protections. Every
	 * other endpoint refuses them, aimed at their own recruit's ids as much as at anyone
	 * else's.
	 */
	private static final Set<String> TRAINEE = Set.of("GET /", "GET /login", "GET /error", "POST /error",
			"GET /account/password", "POST /account/password", "GET /account/2fa", "POST /account/2fa",
			"POST /account/2fa/disable", "GET /login/2fa", "POST /login/2fa", "GET /account/passkeys",
			"POST /account/passkeys", "POST /account/passkeys/{id}/remove", "GET /me", "GET /me/training",
			"GET /me/data");

	static {
		row("GET /", O, O, O, O);
		row("GET /login", O, O, O, O);
		row("GET /error", O, O, O, O);
		row("POST /error", O, O, O, O);
		row("GET /account/password", O, O, O, O);
		row("POST /account/password", O, O, O, O);
		row("GET /account/2fa", O, O, O, O);
		row("POST /account/2fa", O, O, O, O);
		row("POST /account/2fa/disable", O, O, O, O);
		row("GET /login/2fa", O, O, O, O);
		row("POST /login/2fa", O, O, O, O);
		row("POST /accounts/{id}/2fa/reset", O, D, D, D);
		row("GET /drills", O, O, O, O);
		row("POST /drills", O, D, D, D);
		row("GET /drills/new", O, D, D, D);
		row("GET /drills/{id}/edit", O, D, D, D);
		row("POST /drills/{id}", O, D, D, D);
		row("POST /drills/{id}/retire", O, D, D, D);
		row("POST /drills/{id}/reinstate", O, D, D, D);
		row("GET /sessions", O, O, O, D);
		row("POST /sessions", O, O, O, D);
		row("GET /sessions/new", O, O, O, D);
		row("GET /sessions/{id}", O, O, D, D);
		row("POST /sessions/{id}", O, O, D, D);
		row("GET /sessions/{id}/edit", O, O, D, D);
		row("POST /sessions/{id}/open", O, O, D, D);
		row("GET /sessions/{id}/sign-off", O, O, D, D);
		row("POST /sessions/{id}/sign-off", O, O, D, D);
		row("GET /sessions/{id}/cancel", O, O, D, D);
		row("POST /sessions/{id}/cancel", O, O, D, D);
		row("POST /sessions/{id}/present", O, O, D, D);
		row("POST /sessions/{id}/reopen", O, D, D, D);
		row("GET /sessions/{id}/log", O, O, D, D);
		row("GET /sessions/{id}/sheet.pdf", O, O, D, D);
		row("POST /sessions/{id}/guests", O, O, D, D);
		row("GET /units/{id}/training", O, O, D, D);
		row("GET /units/{id}/results.csv", O, O, D, D);
		row("POST /sessions/{id}/recruits/{recruitId}", O, O, D, D);
		row("GET /armory", O, D, D, O);
		row("GET /armory/ammo", O, D, D, O);
		row("POST /armory/{id}/maintenance-log", O, D, D, O);
		row("GET /armory/inventory", O, D, D, O);
		row("GET /armory/kinds", O, D, D, O);
		row("POST /armory/{id}/lost", O, D, D, O);
		row("POST /armory/{id}/found", O, D, D, O);
		row("GET /armory/{id}/decommission", O, D, D, D);
		row("POST /armory/{id}/decommission", O, D, D, D);
		row("POST /armory/kinds/{kind}", O, D, D, D);
		row("POST /armory/inventory", O, D, D, O);
		row("GET /armory/report.csv", O, D, D, O);
		row("GET /armory/report.pdf", O, D, D, O);
		row("GET /armory/sessions/{id}", O, D, D, O);
		row("POST /armory/sessions/{id}/issue", O, D, D, O);
		row("POST /armory/sessions/{id}/return", O, D, D, O);
		row("POST /armory/ammo/receipt", O, D, D, O);
		row("POST /armory/ammo/consumption", O, D, D, O);
		row("GET /armory/labels.pdf", O, D, D, O);
		row("GET /armory/sessions/{id}/labels.pdf", O, D, D, O);
		row("GET /armory/ammo/lots/{id}", O, D, D, O);
		row("POST /armory/ammo/lots/{id}/recall", O, D, D, O);
		row("GET /armory/ammo/lots/{id}/uses.csv", O, D, D, O);
		row("GET /armory/ammo/sessions", O, D, D, O);
		row("GET /armory/ammo/sessions.csv", O, D, D, O);
		row("GET /armory/ammo/sessions.pdf", O, D, D, O);
		row("GET /armory/sessions/{id}/rounds", O, D, D, O);
		row("GET /armory/sessions/{id}/rounds.csv", O, D, D, O);
		row("GET /armory/sessions/{id}/rounds.pdf", O, D, D, O);
		row("POST /armory/sessions/{id}/rounds/plan", O, D, D, O);
		row("POST /armory/sessions/{id}/rounds/draw", O, D, D, O);
		row("POST /armory/sessions/{id}/rounds/return", O, D, D, O);
		row("POST /armory/ammo/adjustment", O, D, D, O);
		row("GET /armory/ammo/report", O, D, D, O);
		row("GET /armory/ammo/report.csv", O, D, D, O);
		row("POST /armory", O, D, D, O);
		row("GET /armory/new", O, D, D, O);
		row("GET /armory/{id}", O, D, D, O);
		row("POST /armory/{id}", O, D, D, O);
		row("GET /armory/{id}/edit", O, D, D, O);
		row("POST /armory/{id}/issue", O, D, D, O);
		row("POST /armory/{id}/return", O, D, D, O);
		row("POST /armory/{id}/maintenance", O, D, D, O);
		row("GET /recruits/{id}/weapons", O, O, D, O);
		row("GET /accounts/{id}/weapons", O, D, D, D);
		row("GET /units", O, O, O, O);
		row("GET /units/choices", O, O, O, O);
		row("POST /units", O, D, D, D);
		row("GET /units/new", O, D, D, D);
		row("GET /units/{id}", O, O, D, O);
		row("POST /units/{id}", O, D, D, D);
		row("GET /units/{id}/edit", O, D, D, D);
		row("POST /units/{id}/archive", O, D, D, D);
		row("POST /units/{id}/restore", O, D, D, D);
		row("GET /units/{id}/roster", O, O, D, O);
		row("GET /units/{id}/roster.csv", O, O, D, O);
		row("GET /units/{id}/roster.pdf", O, O, D, O);
		row("GET /recruits", O, O, O, O);
		row("POST /recruits", O, D, D, D);
		row("GET /recruits/new", O, D, D, D);
		row("GET /recruits/{id}", O, O, D, O);
		row("POST /recruits/{id}", O, D, D, D);
		row("GET /recruits/{id}/edit", O, D, D, D);
		row("POST /recruits/{id}/status", O, D, D, D);
		row("POST /recruits/{id}/transfer", O, D, D, D);
		row("GET /recruits/{id}/training", O, O, D, D);
		row("GET /recruits/{id}/sign-in", O, D, D, D);
		row("POST /recruits/{id}/sign-in", O, D, D, D);
		row("GET /me", D, D, D, D);
		row("GET /me/training", D, D, D, D);
		row("GET /me/data", D, D, D, D);
		row("GET /recruits/{id}/export.json", O, D, D, D);
		row("GET /recruits/{id}/export.pdf", O, D, D, D);
		row("POST /recruits/{id}/erase", O, D, D, D);
		row("GET /recruits/import", O, D, D, D);
		row("POST /recruits/import", O, D, D, D);
		row("POST /recruits/import/commit", O, D, D, D);
		row("GET /instructors", O, D, D, D);
		row("POST /instructors", O, D, D, D);
		row("GET /instructors/new", O, D, D, D);
		row("GET /instructors/{id}/edit", O, D, D, D);
		row("POST /instructors/{id}", O, D, D, D);
		row("GET /accounts", O, D, D, D);
		row("POST /accounts", O, D, D, D);
		row("GET /accounts/new", O, D, D, D);
		row("GET /accounts/{id}", O, D, D, D);
		row("POST /accounts/{id}", O, D, D, D);
		row("POST /accounts/{id}/disable", O, D, D, D);
		row("POST /accounts/{id}/enable", O, D, D, D);
		row("POST /accounts/{id}/password", O, D, D, D);
		row("GET /audit", O, D, D, D);
		row("GET /audit.csv", O, D, D, D);
		row("GET /audit/chain", O, D, D, D);
		row("POST /audit/chain", O, D, D, D);
		row("GET /sessions/{id}/results/{resultId}/edit", O, O, D, D);
		row("POST /sessions/{id}/results/{resultId}", O, O, D, D);
		row("POST /sessions/{id}/results/{resultId}/steps", O, O, D, D);
		row("GET /qualifications", O, O, O, D);
		row("POST /qualifications", O, D, D, D);
		row("GET /qualifications/new", O, D, D, D);
		row("GET /qualifications/{id}", O, O, O, D);
		row("POST /qualifications/{id}", O, D, D, D);
		row("GET /qualifications/{id}/edit", O, D, D, D);
		row("POST /qualifications/{id}/retire", O, D, D, D);
		row("POST /qualifications/{id}/reinstate", O, D, D, D);
		row("GET /readiness", O, O, O, D);
		row("GET /readiness/units/{id}", O, O, D, D);
		row("GET /readiness/units/{id}/qualifications/{qualificationId}", O, O, D, D);
		row("POST /readiness/units/{id}/requirements", O, D, D, D);
		row("GET /readiness/expiring", O, O, O, D);
		row("GET /readiness/expiring.csv", O, O, O, D);
		row("GET /recruits/{id}/qualifications", O, O, D, D);
		row("GET /account/passkeys", O, O, O, O);
		row("POST /account/passkeys", O, O, O, O);
		row("POST /account/passkeys/{id}/remove", O, O, O, O);
		row("POST /accounts/{id}/passkeys/remove", O, D, D, D);
		row("GET /account/tokens", O, O, O, O);
		row("POST /account/tokens", O, O, O, O);
		row("POST /account/tokens/{id}/revoke", O, O, O, O);
		row("POST /accounts/{id}/tokens/{tokenId}/revoke", O, D, D, D);
		row("GET /v3/api-docs", O, D, D, D);
		row("GET /v3/api-docs.yaml", O, D, D, D);
		row("GET /v3/api-docs/swagger-config", O, D, D, D);
		row("GET /swagger-ui.html", O, D, D, D);
		row("GET /api/v1/units", O, O, O, O);
		row("GET /api/v1/units/{id}/roster", O, O, D, O);
		row("GET /api/v1/units/{id}/readiness", O, O, D, D);
		row("GET /api/v1/readiness", O, O, O, D);
		row("GET /api/v1/drills", O, O, O, O);
		row("GET /api/v1/sessions", O, O, O, D);
		row("GET /api/v1/sessions/{id}", O, O, D, D);
		row("POST /api/v1/sessions/{id}/results", O, O, D, D);
		row("GET /api/v1/weapons", O, D, D, O);
		row("GET /api/v1/weapons/{id}", O, D, D, O);
		row("GET /api/v1/qualifications", O, O, O, D);
		row("GET /api/v1/recruits/{id}/qualifications", O, O, D, D);
	}

	/**
	 * Form fields that let a POST reach its service, so that a refusal comes from the
	 * rules.
	 */
	private static final Map<String, String[]> PARAMS = Map.ofEntries(
			Map.entry("POST /units", new String[] { "code", "X", "name", "X" }),
			Map.entry("POST /units/{id}", new String[] { "name", "Renamed", "version", "0" }),
			Map.entry("POST /recruits/{id}/status", new String[] { "status", "IN_TRAINING", "version", "0" }),
			Map.entry("POST /recruits/{id}/transfer",
					new String[] { "unitId", "0", "position", "MEMBER", "day", "2026-11-01", "version", "0" }),
			Map.entry("POST /accounts/{id}", new String[] { "username", "x", "role", "INSTRUCTOR", "version", "0" }),
			Map.entry("POST /sessions/{id}/open", new String[] { "version", "0" }),
			Map.entry("POST /sessions/{id}/sign-off", new String[] { "version", "0" }),
			Map.entry("POST /sessions/{id}/cancel", new String[] { "version", "0", "reason", "rain" }),
			Map.entry("POST /sessions/{id}/reopen", new String[] { "version", "0", "reason", "typo" }),
			Map.entry("POST /sessions/{id}/guests", new String[] { "callSign", "nobody" }),
			Map.entry("POST /armory/{id}/maintenance", new String[] { "version", "0" }),
			Map.entry("POST /armory/{id}/lost", new String[] { "version", "0", "on", "2026-11-01", "reason", "x" }),
			Map.entry("POST /armory/{id}/found", new String[] { "version", "0" }),
			Map.entry("POST /armory/{id}/decommission",
					new String[] { "version", "0", "on", "2026-11-01", "reason", "x" }),
			Map.entry("POST /sessions/{id}/results/{resultId}/steps",
					new String[] { "s0", "1", "reason", "typo", "version", "0" }),
			Map.entry("POST /sessions/{id}/results/{resultId}",
					new String[] { "value", "1", "reason", "typo", "version", "0" }),
			Map.entry("POST /armory/ammo/lots/{id}/recall", new String[] { "reason", "x" }),
			Map.entry("POST /armory/sessions/{id}/rounds/draw", new String[] { "caliber", "none", "rounds", "1" }),
			Map.entry("POST /qualifications/{id}/retire", new String[] { "version", "0" }),
			Map.entry("POST /qualifications/{id}/reinstate", new String[] { "version", "0" }));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private Endpoints targets;

	private static void row(String endpoint, Access admin, Access ownInstructor, Access otherInstructor,
			Access armorer) {
		MATRIX.put(endpoint, new Access[] { admin, ownInstructor, otherInstructor, armorer });
	}

	@BeforeEach
	void fixtures() {
		this.targets = new Endpoints(this.data, this.jdbc);
	}

	@Test
	void everyEndpointHasARowAndEveryRowAnEndpoint() {
		assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
	}

	@Test
	void everyEndpointForEveryCaller() {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Access[] expected = MATRIX.get(endpoint);
			if (expected == null) {
				continue;
			}
			check(wrong, endpoint, "anonymous", null, true, PUBLIC.contains(endpoint) ? Access.OK : Access.LOGIN);
			check(wrong, endpoint, "admin", this.targets.admin, true, expected[0]);
			check(wrong, endpoint, "instructor of the unit", this.targets.instructor, true, expected[1]);
			check(wrong, endpoint, "instructor of another unit", this.targets.instructor, false, expected[2]);
			check(wrong, endpoint, "armorer", this.targets.armorer, true, expected[3]);
			Access trainee = TRAINEE.contains(endpoint) ? Access.OK : Access.DENIED;
			check(wrong, endpoint, "trainee, at their own ids", this.targets.trainee, true, trainee);
			check(wrong, endpoint, "trainee, at others' ids", this.targets.trainee, false, trainee);
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyStateChangeNeedsACsrfToken() {
		List<String> accepted = new ArrayList<>();
		for (String endpoint : endpoints()) {
			if (endpoint.startsWith("POST") && !endpoint.equals("POST /error")) {
				MockHttpServletResponse response = request(endpoint, this.targets.admin, true, false);
				if (response.getStatus() != 403) {
					accepted.add(endpoint + " answered " + response.getStatus());
				}
			}
		}
		assertThat(accepted).isEmpty();
	}

	private void check(List<String> wrong, String endpoint, String caller, DrillbookUser who, boolean own,
			Access expected) {
		MockHttpServletResponse response = request(endpoint, who, own, true);
		// the error page called by itself has no error to show and answers 500 by design
		Access actual = (endpoint.endsWith(" /error") && response.getStatus() == 500) ? Access.OK : classify(response);
		if (actual != expected) {
			wrong.add(endpoint + " as " + caller + ": expected " + expected + " but got " + response.getStatus() + " "
					+ response.getRedirectedUrl());
		}
	}

	private static Access classify(MockHttpServletResponse response) {
		if (response.getStatus() >= 500) {
			return Access.BROKEN;
		}
		if (response.getStatus() == 403) {
			return Access.DENIED;
		}
		if (response.getStatus() == 401) {
			// the API's answer to a caller without a sign-in or a token
			return Access.LOGIN;
		}
		String redirect = response.getRedirectedUrl();
		if (response.getStatus() == 302 && redirect != null && redirect.contains("/login")) {
			return Access.LOGIN;
		}
		return Access.OK;
	}

	private MockHttpServletResponse request(String endpoint, DrillbookUser who, boolean own, boolean withCsrf) {
		String[] parts = endpoint.split(" ", 2);
		String path = Endpoints.expand(parts[1], this.targets.pathVariables(parts[1], own));
		MockMvcRequestBuilder request = this.mvc.method(HttpMethod.valueOf(parts[0])).uri(path);
		if (who != null) {
			// a signed-in user comes with a session (a request without one has lapsed)
			MockHttpSession live = new MockHttpSession();
			live.setNew(false);
			request = request.session(live).with(user(who));
		}
		if (withCsrf) {
			request = request.with(csrf());
		}
		if (endpoint.equals("POST /api/v1/sessions/{id}/results")) {
			request = request.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recruitId\": " + (own ? this.targets.ownRecruit : this.targets.otherRecruit)
						+ ", \"attendance\": \"PRESENT\", \"submissionKey\": \"" + UUID.randomUUID() + "\"}");
		}
		String[] params = PARAMS.getOrDefault(endpoint, new String[0]);
		for (int i = 0; i < params.length; i += 2) {
			String value = params[i + 1].equals("0") && params[i].equals("unitId")
					? String.valueOf(this.targets.ownUnit) : params[i + 1];
			request = request.param(params[i], value);
		}
		return request.exchange().getResponse();
	}

	private Set<String> endpoints() {
		return Endpoints.all(this.mappings).keySet();
	}

}
