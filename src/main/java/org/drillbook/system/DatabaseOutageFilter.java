package org.drillbook.system;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.exception.JDBCConnectionException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, every request that needs it gets a short, clear answer
 * instead of the generic error: HTTP 503 with {@code Retry-After}, in the user's language
 * (known from a cookie, not from the session, which may live in the database), saying
 * that nothing saved is lost. A request made by htmx gets the notice alone, which the
 * page shows (server-notice.js) and which the range log's queue takes as "keep the entry
 * waiting". First of all filters, so that it also answers for a failure in the session
 * store or the security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 10;

	/** What HikariCP says, with no SQL state, when a closed connection is used. */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	private static final long LOG_EVERY_NANOS = 10_000_000_000L;

	private static final Log log = LogFactory.getLog(DatabaseOutageFilter.class);

	private final ITemplateEngine templates;

	private final UserLocaleResolver locales;

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	DatabaseOutageFilter(ITemplateEngine templates, UserLocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			note(request, ex);
			answer(request, response);
		}
	}

	/** Whether a failure means that the database could not be reached or went away. */
	static boolean isOutage(Throwable failure) {
		Throwable t = failure;
		for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
					|| t instanceof JDBCConnectionException || t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// the pool closed a connection that broke in the middle of a transaction; the
			// rollback that follows fails on it, and that failure replaces the first
			if (t instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	private void note(HttpServletRequest request, Throwable ex) {
		long now = System.nanoTime();
		long last = this.lastLogged.get();
		if (now - last >= LOG_EVERY_NANOS && this.lastLogged.compareAndSet(last, now)) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			log.warn("The database is unavailable; answering 503 (first: " + request.getMethod() + " "
					+ request.getRequestURI() + ": " + root.getClass().getSimpleName() + ": " + root.getMessage()
					+ "). This line repeats at most every 10 s while it lasts.");
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Locale locale = this.locales.withoutSession(request);
		Map<String, Object> model = new HashMap<>();
		model.put("sent", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
		model.put("retry", retry(request));
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, model);
		if ("true".equals(request.getHeader("HX-Request"))) {
			this.templates.process("error/unavailable", Set.of("notice"), context, response.getWriter());
		}
		else {
			this.templates.process("error/unavailable", context, response.getWriter());
		}
		response.flushBuffer();
	}

	/** Where "try again" leads: this page, or for a form, the page the form was on. */
	private static String retry(HttpServletRequest request) {
		String here = request.getRequestURI().substring(request.getContextPath().length());
		if ("GET".equals(request.getMethod()) && !here.startsWith("//")) {
			return (request.getQueryString() != null) ? here + "?" + request.getQueryString() : here;
		}
		return LocalAddress.pathOf(request, request.getHeader("Referer"), "/");
	}

}
