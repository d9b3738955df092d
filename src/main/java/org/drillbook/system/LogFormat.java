package org.drillbook.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code DRILLBOOK_LOG_FORMAT}: {@code text} (the default, for people) or {@code json}
 * (one JSON object per line in the Elastic Common Schema, for a log collector). Read
 * before logging starts; registered in {@code META-INF/spring.factories}.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "drillbook.log-format";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(PROPERTY, "text").strip().toLowerCase(Locale.ROOT);
		switch (format) {
			case "", "text" -> {
			}
			case "json" -> environment.getPropertySources()
				.addFirst(new MapPropertySource("drillbookLogFormat", Map.of("logging.structured.format.console", "ecs",
						"logging.structured.ecs.service.name", "drillbook")));
			default -> throw new IllegalStateException(
					"DRILLBOOK_LOG_FORMAT is '" + format + "'; it may be 'text' (the default) or 'json'.");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
