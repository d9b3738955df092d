package org.drillbook.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogFormatTests {

	@Test
	void jsonTurnsOnStructuredLogsAndTextLeavesThemAlone() {
		MockEnvironment json = new MockEnvironment().withProperty(LogFormat.PROPERTY, "JSON");
		new LogFormat().postProcessEnvironment(json, null);
		assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");

		MockEnvironment text = new MockEnvironment();
		new LogFormat().postProcessEnvironment(text, null);
		assertThat(text.getProperty("logging.structured.format.console")).isNull();

		assertThatThrownBy(() -> new LogFormat()
			.postProcessEnvironment(new MockEnvironment().withProperty(LogFormat.PROPERTY, "xml"), null))
			.hasMessageContaining("DRILLBOOK_LOG_FORMAT is 'xml'");
	}

}
