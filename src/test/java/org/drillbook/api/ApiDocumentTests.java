package org.drillbook.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.drillbook.TestData;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The OpenAPI document, generated from the code in every build (and written to
 * {@code target/openapi.json}): it lists every endpoint under {@code /api}, each with a
 * summary, behind the personal-access-token scheme; only admins may read it.
 */
@DrillbookIntegrationTest
class ApiDocumentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestData data;

	@Autowired
	JsonMapper json;

	@Test
	void theDocumentListsEveryApiEndpoint() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/v3/api-docs")
			.with(user(this.data.admin()))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "openapi.json"), text);
		JsonNode document = this.json.readTree(text);

		Set<String> documented = new TreeSet<>();
		Set<String> withoutSummary = new TreeSet<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
				documented.add(endpoint);
				if (!operation.getValue().has("summary")) {
					withoutSummary.add(endpoint);
				}
			}
		}
		Set<String> mapped = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
						mapped.add(method.name() + " " + pattern);
					}
				}
			}
		}
		assertThat(mapped).hasSizeGreaterThanOrEqualTo(12);
		assertThat(documented).isEqualTo(mapped);
		assertThat(withoutSummary).isEmpty();
		assertThat(document.get("components").get("securitySchemes").get("accessToken").get("scheme").asString())
			.isEqualTo("bearer");
	}

	@Test
	void onlyAdminsReadTheDocument() {
		assertThat(this.mvc.get()
			.uri("/v3/api-docs")
			.with(user(this.data.instructor(this.data.unit(null))))
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
