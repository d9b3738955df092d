package org.drillbook.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One read of the session store per request. Spring Session's filter, when it saves the
 * session at the end of a request, forgets what it read and reads the same row again only
 * to learn that the session it has just saved exists. Within a request, a session saved
 * is remembered (as a copy) and handed back to such a second read, which then costs no
 * SQL. Nothing outlives the request: the filter, placed just before Spring Session's,
 * forgets it all at the end; {@link WebConfig} puts the remembering in front of the
 * store.
 */
@Component
class SessionReadOnce extends OncePerRequestFilter implements Ordered {

	private static final ThreadLocal<Map<String, Session>> saved = new ThreadLocal<>();

	@Override
	public int getOrder() {
		return SessionRepositoryFilter.DEFAULT_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, Session> outer = saved.get();
		saved.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				saved.remove();
			}
			else {
				saved.set(outer);
			}
		}
	}

	/** Puts the remembering in front of the session store. */
	static BeanPostProcessor remembering() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof JdbcIndexedSessionRepository store)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(store);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice(remember());
				return proxy.getProxy(store.getClass().getClassLoader());
			}
		};
	}

	private static MethodInterceptor remember() {
		return (call) -> {
			Map<String, Session> request = saved.get();
			String method = call.getMethod().getName();
			Object[] args = call.getArguments();
			if (request == null || args.length != 1) {
				return call.proceed();
			}
			if (method.equals("findById") && args[0] instanceof String id && request.containsKey(id)) {
				return new MapSession(request.get(id));
			}
			Object result = call.proceed();
			if (method.equals("save") && args[0] instanceof Session session) {
				request.put(session.getId(), new MapSession(session));
			}
			else if (method.equals("deleteById") && args[0] instanceof String id) {
				request.remove(id);
			}
			return result;
		};
	}

}
