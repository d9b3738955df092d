package org.drillbook.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search box's text is matched as text: its wildcards and the escape character are
 * escaped, the rest is kept.
 */
class LikePatternTests {

	@Test
	void wildcardsAndTheEscapeAreMatchedAsText() {
		assertThat(LikePattern.containing("wolf")).isEqualTo("%wolf%");
		assertThat(LikePattern.containing("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
		assertThat(LikePattern.containing("")).isEqualTo("%%");
		assertThat(LikePattern.containing("вовк")).isEqualTo("%вовк%");
	}

}
