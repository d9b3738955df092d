package org.drillbook.system;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.SecondFactorProperties;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final SecondFactorProperties secondFactor;

	private final ApiProblems problems;

	WebConfig(SecondFactorProperties secondFactor, ApiProblems problems) {
		this.secondFactor = secondFactor;
		this.problems = problems;
	}

	/**
	 * Session attributes written as an upsert: two requests of one session that add the
	 * same attribute at once (a page and its htmx requests, two tabs changing the
	 * language) would otherwise both insert it, and the later one fail with a 500.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** One read of the session store per request (see {@link SessionReadOnce}). */
	@Bean
	static BeanPostProcessor sessionStoreReadOnce() {
		return SessionReadOnce.remembering();
	}

	/**
	 * Flash attributes live in the session; a static file has none, and looking would
	 * read the session (the database) for every stylesheet, so a page saying the database
	 * is away would come unstyled.
	 */
	@Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {
			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return SessionValidityFilter.isStatic(request) ? null : super.retrieveFlashMaps(request);
			}
		};
	}

	@Bean(name = "localeResolver")
	UserLocaleResolver localeResolver(OwnAccountService accounts) {
		return new UserLocaleResolver(accounts);
	}

	/**
	 * Ahead of Spring Data's own resolver, which would pass any requested sort to the
	 * query.
	 */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(0, new BoundedPageableResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
		localeChange.setParamName("lang");
		localeChange.setIgnoreInvalidLocale(true);
		registry.addInterceptor(localeChange);
		registry.addInterceptor(new AccountStateInterceptor(this.secondFactor, this.problems))
			.excludePathPatterns("/assets/**", "/webjars/**", "/favicon.ico", "/range-log-sw.js", "/error", "/login",
					"/logout");
	}

	/**
	 * Browsers ask for the icon at the root, outside {@code /assets}; the range log's
	 * service worker lives at the root so that it may serve the sheets under
	 * {@code /sessions/}. Neither URL can carry a hash: the icon is kept a day, and the
	 * worker is checked with the server every time, so that a new one is taken at once.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
		registry.addResourceHandler("/range-log-sw.js")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache());
	}

}
