package org.drillbook.api.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list: its items, which page it is (from 0), its size and how many there
 * are in all. Every list of the API is paged ({@code ?page=0&size=20}, at most 100).
 */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
		return new ApiPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
