package org.drillbook.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.drillbook.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every parameter of every endpoint, read from Spring's handler mappings like the access
 * matrix, gets nonsense: empty, 10,000 characters, the wrong type, an unknown enum value,
 * zero, negative and huge numbers, the first and the last day of the calendar, and an
 * unknown id. No answer may be a server error, and a form that refuses what it got says
 * why in the user's language (Ukrainian here).
 */
@DrillbookIntegrationTest
class BadInputTests {

	static final List<String> NONSENSE = List.of("", "x".repeat(10_000), "abc", "EMPEROR", "0", "-1",
			"99999999999999999999", "0001-01-01", "9999-12-31", "987654321");

	/**
	 * Endpoints that read their fields as a map: the names they read, since the handler's
	 * signature cannot tell.
	 */
	private static final Map<String, List<String>> MAP_FIELDS = Map
		.of("POST /sessions/{id}/recruits/{recruitId}", List.of("attendance", "submissionKey", "v{drill}", "r{drill}"),
				"POST /armory/sessions/{id}/issue", List.of("s{recruit}", "o{recruit}"), "POST /armory/ammo/receipt",
				List.of("caliber", "lotNumber", "manufacturer", "manufacturedOn", "rounds", "reason"),
				"POST /armory/ammo/consumption", List.of("caliber", "lot", "rounds", "unit", "reason"),
				"POST /armory/ammo/adjustment", List.of("lot", "rounds", "reason"),
				"POST /armory/sessions/{id}/rounds/plan",
				List.of("version", "caliber.{drill}", "attempts.{drill}", "roundsPerAttempt.{drill}",
						"attendees.{drill}"),
				"POST /armory/sessions/{id}/rounds/draw", List.of("caliber", "lot", "rounds"),
				"POST /armory/sessions/{id}/rounds/return", List.of("back.x"),
				"POST /sessions/{id}/results/{resultId}/steps", List.of("s0", "s1", "reason", "version"));

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}{3,}");

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

	@BeforeEach
	void fixtures() {
		this.targets = new Endpoints(this.data, this.jdbc);
	}

	@Test
	void nonsenseInEveryParameterNeverBreaksTheServer() {
		List<String> faults = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, HandlerMethod> endpoint : Endpoints.all(this.mappings).entrySet()) {
			String method = endpoint.getKey().split(" ", 2)[0];
			String pattern = endpoint.getKey().split(" ", 2)[1];
			if (pattern.equals("/error")) {
				continue; // called by the container, not by users; see ErrorPagesTests
			}
			Inputs inputs = inputs(endpoint.getKey(), endpoint.getValue());
			for (String variable : inputs.pathVariables) {
				for (String value : NONSENSE) {
					Map<String, String> path = this.targets.pathVariables(pattern, true);
					path.put(variable, value.isEmpty() ? " " : value);
					faults.addAll(send(method, pattern, path, plausible(inputs.params),
							endpoint.getKey() + " {" + variable + "}=" + brief(value)));
					requests++;
				}
			}
			for (String param : inputs.params.keySet()) {
				for (String value : NONSENSE) {
					Map<String, String> params = plausible(inputs.params);
					params.put(param, value);
					faults.addAll(send(method, pattern, this.targets.pathVariables(pattern, true), params,
							endpoint.getKey() + " " + param + "=" + brief(value)));
					requests++;
				}
			}
		}
		assertThat(requests).isGreaterThan(1000);
		assertThat(faults).isEmpty();
	}

	@Test
	void everyMapParameterHasItsFieldNames() {
		List<String> unknown = new ArrayList<>();
		Endpoints.all(this.mappings).forEach((endpoint, handler) -> {
			for (MethodParameter p : handler.getMethodParameters()) {
				if (p.hasParameterAnnotation(RequestParam.class) && Map.class.isAssignableFrom(p.getParameterType())
						&& !MAP_FIELDS.containsKey(endpoint)) {
					unknown.add(endpoint);
				}
			}
		});
		assertThat(unknown).isEmpty();
	}

	private List<String> send(String method, String pattern, Map<String, String> pathVariables,
			Map<String, String> params, String what) {
		MockMvcRequestBuilder request = this.mvc.method(HttpMethod.valueOf(method))
			.uri(Endpoints.expand(pattern, pathVariables))
			.header("Accept-Language", "uk")
			.with(user(this.targets.admin))
			.with(csrf());
		for (Map.Entry<String, String> p : params.entrySet()) {
			request = request.param(p.getKey(), p.getValue());
		}
		MvcTestResult result = request.exchange();
		List<String> faults = new ArrayList<>();
		if (result.getUnresolvedException() != null) {
			faults.add(what + " failed with " + result.getUnresolvedException());
			return faults;
		}
		MockHttpServletResponse response = result.getResponse();
		String body = body(response);
		if (response.getStatus() >= 500) {
			faults.add(what + " answered " + response.getStatus());
		}
		else if (body.contains("??")) {
			faults.add(what + " shows a missing message: " + around(body, body.indexOf("??")));
		}
		else if (method.equals("POST") && response.getStatus() == 200 && isHtml(response)
				&& !refusalInUkrainian(body)) {
			faults.add(what + " answered a form without a message in Ukrainian");
		}
		return faults;
	}

	/**
	 * A refused form marks what is wrong: a field's message or an alert, in the user's
	 * language.
	 */
	private static boolean refusalInUkrainian(String body) {
		for (String marker : List.of("invalid-feedback", "alert-danger", "alert-warning", "text-danger")) {
			int at = body.indexOf(marker);
			while (at >= 0) {
				String text = body.substring(at, Math.min(body.length(), at + 600)).replaceAll("<[^>]*>", " ");
				if (CYRILLIC.matcher(text).find()) {
					return true;
				}
				at = body.indexOf(marker, at + 1);
			}
		}
		return false;
	}

	private static boolean isHtml(MockHttpServletResponse response) {
		return response.getContentType() != null && response.getContentType().startsWith("text/html");
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return isHtml(response) ? response.getContentAsString() : "";
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String around(String body, int at) {
		return body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 60)).replaceAll("\\s+", " ");
	}

	private static String brief(String value) {
		return (value.length() > 20) ? value.substring(0, 5) + "…(" + value.length() + ")" : "'" + value + "'";
	}

	/** The path variables and request parameters a handler reads. */
	private Inputs inputs(String endpoint, HandlerMethod handler) {
		Inputs inputs = new Inputs();
		for (MethodParameter p : handler.getMethodParameters()) {
			Class<?> type = p.getParameterType();
			PathVariable path = p.getParameterAnnotation(PathVariable.class);
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (path != null) {
				inputs.pathVariables.add(name(path.value(), p));
			}
			else if (param != null && Map.class.isAssignableFrom(type)) {
				for (String field : MAP_FIELDS.getOrDefault(endpoint, List.of())) {
					inputs.params.put(field.replace("{drill}", String.valueOf(this.targets.drill))
						.replace("{recruit}", String.valueOf(this.targets.ownRecruit)), String.class);
				}
			}
			else if (param != null && !MultipartFile.class.isAssignableFrom(type)) {
				inputs.params.put(name(param.value(), p), type);
			}
			else if (Pageable.class.isAssignableFrom(type)) {
				inputs.params.put("page", Integer.class);
				inputs.params.put("size", Integer.class);
				inputs.params.put("sort", String.class);
			}
			else if (type.isRecord() && (p.hasParameterAnnotation(ModelAttribute.class)
					|| !BeanUtils.isSimpleProperty(type) && type.getPackageName().startsWith("org.drillbook"))) {
				for (var component : type.getRecordComponents()) {
					inputs.params.put(component.getName(), component.getType());
				}
			}
		}
		return inputs;
	}

	/**
	 * A value for every parameter that the handler would accept, so that the nonsense in
	 * one of them travels as far as it can.
	 */
	private Map<String, String> plausible(Map<String, Class<?>> params) {
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, type) -> {
			String value = plausible(name, type);
			if (value != null) {
				values.put(name, value);
			}
		});
		return values;
	}

	private String plausible(String name, Class<?> type) {
		String n = name.toLowerCase();
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == java.time.LocalDate.class) {
			return "2026-11-02";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "false";
		}
		if (n.equals("version") || n.equals("page")) {
			return "0";
		}
		if (n.contains("unit")) {
			return String.valueOf(this.targets.ownUnit);
		}
		if (n.contains("recruit")) {
			return String.valueOf(this.targets.ownRecruit);
		}
		if (n.contains("drill")) {
			return String.valueOf(this.targets.drill);
		}
		if (n.contains("session")) {
			return String.valueOf(this.targets.ownSession);
		}
		if (n.contains("weapon")) {
			return String.valueOf(this.targets.weapon);
		}
		if (n.contains("qualification")) {
			return String.valueOf(this.targets.qualification);
		}
		if (n.contains("lead") || n.contains("instructor") || n.contains("assistant")) {
			return String.valueOf(this.targets.instructor.id());
		}
		if (Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))) {
			return "1";
		}
		if (type == String.class) {
			return n.equals("sort") ? null : "Plausible";
		}
		return null;
	}

	private static String name(String declared, MethodParameter p) {
		return declared.isEmpty() ? p.getParameterName() : declared;
	}

	private static final class Inputs {

		final Set<String> pathVariables = new LinkedHashSet<>();

		final Map<String, Class<?>> params = new LinkedHashMap<>();

	}

}
