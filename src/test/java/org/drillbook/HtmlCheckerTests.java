package org.drillbook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the page walk relies on does find what it should. */
class HtmlCheckerTests {

	private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
			+ "<body><main>%s</main></body></html>";

	@Test
	void aValidPageHasNoErrorsAndHtmxAttributesMustBeDataAttributes() throws Exception {
		HtmlChecker checker = new HtmlChecker();
		assertThat(checker.errors(page("<div data-hx-get=\"/x\" data-hx-trigger=\"load\">ok</div>"))).isEmpty();
		assertThat(checker.errors(page("<div hx-get=\"/x\">x</div>"))).singleElement().asString().contains("hx-get");
		assertThat(checker.errors(page("<p><div>block in a paragraph</p></div>"))).isNotEmpty();
	}

	private static byte[] page(String body) {
		return PAGE.formatted(body).getBytes(StandardCharsets.UTF_8);
	}

}
