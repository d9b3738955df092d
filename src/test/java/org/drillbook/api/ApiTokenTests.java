package org.drillbook.api;

import java.util.UUID;

import org.drillbook.TestData;
import org.drillbook.account.AccessTokenService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.NewAccessToken;
import org.drillbook.account.TokenScope;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The API with personal access tokens: a token's life (made, used, expired, revoked), its
 * scope, what it never opens, results posted twice, and refusals as problem details in
 * the caller's language.
 */
@DrillbookIntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	long unit;

	long recruit;

	long drill;

	long session;

	DrillbookUser instructor;

	@BeforeEach
	void range() {
		this.unit = this.data.unit(null);
		this.recruit = this.data.recruit(this.unit);
		this.drill = this.data.drillType();
		this.session = this.data.openSession(this.unit, this.drill);
		this.instructor = this.data.instructor(this.unit);
	}

	@Test
	void aTokenIsMadeUsedExpiredAndRevoked() {
		NewAccessToken made = this.tokens.create("range tablet", TokenScope.READ, 30, this.instructor);
		assertThat(made.token()).startsWith("dbk_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.queryForObject("select count(*) from access_token where token_hash = ? or token_hash = ?",
				Integer.class, made.token(), made.token().substring(4)))
			.as("the token itself is never stored")
			.isZero();

		MockHttpServletResponse units = get("/api/v1/units", made.token());
		assertThat(units.getStatus()).isEqualTo(200);
		assertThat(body(units).get("items").findValuesAsString("code")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select last_used_at is not null from access_token where id = ?",
				Boolean.class, made.id()))
			.isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'API_CALL' and actor = ? and details like ?",
				Integer.class, this.instructor.getUsername(), "%range tablet #" + made.id() + "%"))
			.as("the call is in the audit trail, with the token that made it")
			.isEqualTo(1);
		assertThat(this.tokens.mine(this.instructor)).singleElement()
			.satisfies((row) -> assertThat(row.lastUsedAt()).isNotNull());

		this.jdbc.update("update access_token set created_at = now() - interval '31 days', expires_at = now()"
				+ " - interval '1 day' where id = ?", made.id());
		MockHttpServletResponse expired = get("/api/v1/units", made.token());
		assertThat(expired.getStatus()).isEqualTo(401);
		assertThat(expired.getContentType()).startsWith("application/problem+json");
		assertThat(expired.getHeader("WWW-Authenticate")).startsWith("Bearer");

		NewAccessToken second = this.tokens.create("spreadsheet", TokenScope.READ, 90, this.instructor);
		assertThat(get("/api/v1/drills", second.token()).getStatus()).isEqualTo(200);
		this.tokens.revoke(second.id(), this.instructor);
		assertThat(get("/api/v1/drills", second.token()).getStatus()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'TOKEN_REVOKED'" + " and details like ?",
				Integer.class, "%spreadsheet #" + second.id() + "%"))
			.isEqualTo(1);
	}

	@Test
	void aTokenLivesAtMostNinetyDaysAndNeedsAName() {
		assertThatThrownBy(() -> this.tokens.create("too long", TokenScope.READ, 91, this.instructor))
			.hasMessage("account.tokens.error.days");
		assertThatThrownBy(() -> this.tokens.create("   ", TokenScope.READ, 30, this.instructor))
			.hasMessage("account.tokens.error.name");
		assertThat(this.tokens.mine(this.instructor)).isEmpty();
	}

	@Test
	void anAdminRevokesAnyonesTokenAndNobodyElseCan() {
		NewAccessToken made = this.tokens.create("lost phone", TokenScope.WRITE, 7, this.instructor);
		DrillbookUser other = this.data.instructor(this.unit);
		assertThatThrownBy(() -> this.tokens.revoke(made.id(), other)).hasMessageContaining("No token");
		assertThat(get("/api/v1/drills", made.token()).getStatus()).isEqualTo(200);
		this.tokens.revoke(made.id(), this.data.admin());
		assertThat(get("/api/v1/drills", made.token()).getStatus()).isEqualTo(401);
	}

	@Test
	void aDisabledAccountsTokenOpensNothing() {
		NewAccessToken made = this.tokens.create("tablet", TokenScope.READ, 30, this.instructor);
		this.jdbc.update("update user_account set enabled = false where id = ?", this.instructor.id());
		assertThat(get("/api/v1/drills", made.token()).getStatus()).isEqualTo(401);
	}

	@Test
	void aTokenNeverOpensAPageAndNothingButATokenIsTakenFromTheHeader() throws Exception {
		NewAccessToken made = this.tokens.create("tablet", TokenScope.WRITE, 30, this.instructor);
		MockHttpServletResponse page = this.mvc.get()
			.uri("/units")
			.header("Authorization", "Bearer " + made.token())
			.exchange()
			.getResponse();
		assertThat(page.getStatus()).isNotEqualTo(200);
		assertThat(page.getContentAsString()).doesNotContain("unitsTable");

		// a bad Authorization header is refused even when a signed-in session comes along
		MockHttpServletResponse basic = this.mvc.get()
			.uri("/api/v1/drills")
			.header("Authorization", "Basic YWRtaW46YWRtaW4=")
			.with(user(this.instructor))
			.exchange()
			.getResponse();
		assertThat(basic.getStatus()).isEqualTo(401);
		assertThat(get("/api/v1/drills", "dbk_forged").getStatus()).isEqualTo(401);
		assertThat(this.mvc.get().uri("/api/v1/drills").exchange().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aReadTokenReadsAndAWriteTokenWritesResultsOnce() throws Exception {
		NewAccessToken read = this.tokens.create("board", TokenScope.READ, 30, this.instructor);
		NewAccessToken write = this.tokens.create("range device", TokenScope.WRITE, 30, this.instructor);
		String key = UUID.randomUUID().toString();
		String result = "{\"recruitId\": " + this.recruit + ", \"attendance\": \"PRESENT\", \"values\": {\""
				+ this.drill + "\": 1}, \"submissionKey\": \"" + key + "\"}";

		MockHttpServletResponse refused = post("/api/v1/sessions/" + this.session + "/results", read.token(), result,
				"pl");
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(body(refused).get("detail").asString()).contains("token");
		assertThat(results()).isZero();

		MockHttpServletResponse first = post("/api/v1/sessions/" + this.session + "/results", write.token(), result,
				"en");
		assertThat(first.getStatus()).isEqualTo(200);
		JsonNode recorded = body(first);
		assertThat(recorded.get("attendance").asString()).isEqualTo("PRESENT");
		assertThat(recorded.get("results")).hasSize(1);
		assertThat(recorded.get("results").get(0).get("passed").asBoolean()).isTrue();

		// the device did not hear the answer and sends the same row again
		MockHttpServletResponse again = post("/api/v1/sessions/" + this.session + "/results", write.token(), result,
				"en");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(body(again).get("results")).hasSize(1);
		assertThat(results()).isEqualTo(1);

		// a new attempt has a key of its own
		post("/api/v1/sessions/" + this.session + "/results", write.token(),
				result.replace(key, UUID.randomUUID().toString()), "en");
		assertThat(results()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RESULT_RECORDED'" + " and entity_id = ?",
				Integer.class, String.valueOf(this.session)))
			.isEqualTo(2);

		MockHttpServletResponse sessionDetails = get("/api/v1/sessions/" + this.session, read.token());
		assertThat(body(sessionDetails).get("drills").findValuesAsString("name")).hasSize(1);
	}

	@Test
	void refusalsAreProblemDetailsInTheCallersLanguage() throws Exception {
		NewAccessToken write = this.tokens.create("device", TokenScope.WRITE, 30, this.instructor);
		MockHttpServletResponse missing = post("/api/v1/sessions/" + this.session + "/results", write.token(),
				"{\"recruitId\": " + this.recruit + "}", "uk");
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentType()).startsWith("application/problem+json");
		assertThat(body(missing).get("fields").has("submissionKey")).isTrue();

		MockHttpServletResponse absent = post("/api/v1/sessions/" + this.session + "/results", write.token(),
				"{\"recruitId\": " + this.recruit + ", \"attendance\": \"ABSENT\", \"values\": {\"" + this.drill
						+ "\": 1}, \"submissionKey\": \"" + UUID.randomUUID() + "\"}",
				"pl");
		assertThat(absent.getStatus()).isEqualTo(422);
		JsonNode problem = body(absent);
		assertThat(problem.get("code").asString()).isEqualTo("session.error.reasonNeeded");
		assertThat(problem.get("field").asString()).isEqualTo("reason");
		assertThat(problem.get("detail").asString()).doesNotContain("session.error").matches(".*[ąćęłńóśźż].*");

		MockHttpServletResponse unknownEnum = post("/api/v1/sessions/" + this.session + "/results", write.token(),
				"{\"recruitId\": " + this.recruit + ", \"attendance\": \"EMPEROR\", \"submissionKey\": \""
						+ UUID.randomUUID() + "\"}",
				"en");
		assertThat(unknownEnum.getStatus()).isEqualTo(400);

		long elsewhere = this.data.openSession(this.data.unit(null), this.drill);
		assertThat(get("/api/v1/sessions/" + elsewhere, write.token()).getStatus()).isEqualTo(403);
		assertThat(get("/api/v1/sessions/987654321", write.token()).getStatus()).isEqualTo(404);
		assertThat(get("/api/v1/weapons?kind=EMPEROR", write.token()).getStatus()).isIn(400, 403);
	}

	@Test
	void theBrowsersSessionNeedsTheCsrfTokenToChangeAnything() {
		String result = "{\"recruitId\": " + this.recruit + ", \"attendance\": \"PRESENT\", \"submissionKey\": \""
				+ UUID.randomUUID() + "\"}";
		MockHttpSession live = new MockHttpSession();
		live.setNew(false);
		MockHttpServletResponse withoutCsrf = this.mvc.post()
			.uri("/api/v1/sessions/" + this.session + "/results")
			.session(live)
			.with(user(this.instructor))
			.contentType(MediaType.APPLICATION_JSON)
			.content(result)
			.exchange()
			.getResponse();
		assertThat(withoutCsrf.getStatus()).isEqualTo(403);
		assertThat(withoutCsrf.getContentType()).startsWith("application/problem+json");
		MockHttpServletResponse withCsrf = this.mvc.post()
			.uri("/api/v1/sessions/" + this.session + "/results")
			.session(live)
			.with(user(this.instructor))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(result)
			.exchange()
			.getResponse();
		assertThat(withCsrf.getStatus()).isEqualTo(200);
		assertThat(this.mvc.get()
			.uri("/api/v1/sessions/" + this.session)
			.session(live)
			.with(user(this.instructor))
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse get(String uri, String token) {
		return this.mvc.get().uri(uri).header("Authorization", "Bearer " + token).exchange().getResponse();
	}

	private MockHttpServletResponse post(String uri, String token, String body, String language) {
		return this.mvc.post()
			.uri(uri)
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()
			.getResponse();
	}

	private JsonNode body(MockHttpServletResponse response) {
		try {
			return this.json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int results() {
		return this.jdbc.queryForObject("select count(*) from drill_result where session_id = ?", Integer.class,
				this.session);
	}

}
