package org.drillbook.system;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The page a list shows, read from {@code page} and {@code size} only. The order is the
 * handler's own ({@code @PageableDefault}): no page offers sorting by request, and a
 * made-up {@code sort} would otherwise reach the query. The size is capped and the page
 * number kept within what a query can skip, so that nonsense gets an empty page, never an
 * error.
 */
class BoundedPageableResolver implements HandlerMethodArgumentResolver {

	static final int MAX_PAGE_SIZE = 500;

	private final PageableHandlerMethodArgumentResolver delegate;

	BoundedPageableResolver() {
		this.delegate = new PageableHandlerMethodArgumentResolver(new HandlerSortOnly());
		this.delegate.setMaxPageSize(MAX_PAGE_SIZE);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Pageable.class.equals(parameter.getParameterType());
	}

	@Override
	public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Pageable pageable = this.delegate.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
		if (pageable.isUnpaged()) {
			return pageable;
		}
		int lastPage = (Integer.MAX_VALUE / pageable.getPageSize()) - 1;
		return (pageable.getPageNumber() > lastPage)
				? PageRequest.of(lastPage, pageable.getPageSize(), pageable.getSort()) : pageable;
	}

	/** The sort of the handler's {@code @PageableDefault}, whatever the request says. */
	private static final class HandlerSortOnly extends SortHandlerMethodArgumentResolver {

		@Override
		public Sort resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			return getDefaultFromAnnotationOrFallback(parameter);
		}

	}

}
