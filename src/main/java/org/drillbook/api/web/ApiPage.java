package org.drillbook.api.web;

import java.util.List;
import java.util.function.Function;

import org.drillbook.paging.CappedPage;

import org.springframework.data.domain.Page;

/**
 * One page of a list: its items, which page it is (from 0), its size and how many there
 * are in all. Every list of the API is paged ({@code ?page=0&size=20}, at most 100). A
 * list that can grow without bound (sessions) counts only 5,000 items past the page: then
 * {@code totalsAtLeast} is true and the totals say "more than".
 */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, long totalPages, boolean totalsAtLeast) {

	static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
		List<T> items = page.getContent().stream().map(mapper).toList();
		if (page instanceof CappedPage<S> capped && capped.capped()) {
			return new ApiPage<>(items, page.getNumber(), page.getSize(), capped.shownTotal(), capped.shownPages(),
					true);
		}
		return new ApiPage<>(items, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages(),
				false);
	}

}
