package org.drillbook.paging;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capped page counts only where its rows cannot tell the total: never on the last page,
 * and never past {@value CappedPage#COUNTED_AHEAD} rows beyond its offset.
 */
class CappedPageTests {

	private final AtomicLong limitAsked = new AtomicLong(-1);

	@Test
	void theLastPageIsNotCounted() {
		CappedPage<String> last = CappedPage.of(List.of("a", "b"), false, PageRequest.of(3, 10), this::count);
		assertThat(this.limitAsked).hasValue(-1);
		assertThat(last.getTotalElements()).isEqualTo(32);
		assertThat(last.capped()).isFalse();
		assertThat(last.isLast()).isTrue();

		CappedPage<String> none = CappedPage.of(List.of(), false, PageRequest.of(0, 10), this::count);
		assertThat(this.limitAsked).hasValue(-1);
		assertThat(none.getTotalElements()).isZero();
	}

	@Test
	void aPageWithMoreAfterItOrPastTheEndIsCountedUpToTheLimit() {
		CappedPage<String> middle = CappedPage.of(List.of("a"), true, PageRequest.of(2, 1), (limit) -> 7);
		assertThat(middle.getTotalElements()).isEqualTo(7);
		assertThat(middle.capped()).isFalse();

		CappedPage<String> beyond = CappedPage.of(List.of(), false, PageRequest.of(9, 10), this::count);
		assertThat(this.limitAsked).hasValue(90 + CappedPage.COUNTED_AHEAD + 1);
		assertThat(beyond.capped()).isTrue();
		assertThat(beyond.shownTotal()).isEqualTo(90 + CappedPage.COUNTED_AHEAD);
	}

	private long count(long limit) {
		this.limitAsked.set(limit);
		return limit;
	}

}
