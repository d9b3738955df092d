package org.drillbook.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole: its name, and that a call
 * brings a personal access token (made under "API tokens" in the user menu).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String TOKEN = "accessToken";

	@Bean
	OpenAPI drillbookApi() {
		return new OpenAPI()
			.info(new Info().title("Drillbook API")
				.version("v1")
				.description("Units, rosters (call signs only), the drill catalogue, sessions and their results,"
						+ " weapons and readiness, with the same access rules as the pages. Errors are RFC 9457"
						+ " problem details; lists are paged (?page=0&size=20, at most 100).")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal access token (dbk_…), made under API tokens in the user menu")))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN));
	}

}
