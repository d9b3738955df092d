package org.drillbook.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a too large upload back to its form with {@code ?tooLarge}, before anything reads
 * the body: the container would otherwise fail every later look at the request's
 * parameters and answer with its own bare error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		this.maxBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase().startsWith("multipart/")
				&& request.getContentLengthLong() > this.maxBytes) {
			response.sendRedirect(request.getRequestURI() + "?tooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

}
