package org.drillbook.system;

import java.util.Map;

import org.drillbook.account.OwnAccountService;
import org.drillbook.account.LoginThrottle;

import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/** Deny by default: only sign-in, assets, error pages and the health check are public. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

	/**
	 * Everything from this origin only; no inline scripts or styles, no framing, no
	 * plugins.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
			+ " form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSuccessHandler loginSuccessHandler,
			SecurityContextRepository securityContextRepository, AuthenticationManager authenticationManager,
			OwnAccountService accounts, ObjectProvider<EndedSessions> ended,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessionStore, ITemplateEngine templates,
			UserLocaleResolver locales) throws Exception {
		LapsedSignIn lapsed = new LapsedSignIn(templates, locales);
		http.authenticationManager(authenticationManager)
			.addFilterAfter(
					new SessionValidityFilter(accounts, ended.getIfAvailable(), sessionStore.getIfAvailable() != null),
					SecurityContextHolderFilter.class)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico", "/range-log-sw.js", "/error")
				.permitAll()
				.requestMatchers("/livez", "/readyz")
				.permitAll()
				// served on the management port only, which listens on 127.0.0.1 unless
				// told
				// otherwise (DRILLBOOK_MANAGEMENT_ADDRESS)
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/accounts/**", "/instructors/**", "/audit", "/audit.csv", "/audit/**",
						"/recruits/import/**", "/units/new", "/units/*/edit", "/recruits/new", "/recruits/*/edit",
						"/recruits/*/export.*")
				.hasRole("ADMIN")
				.requestMatchers("/armory/**")
				.hasAnyRole("ADMIN", "ARMORER")
				.requestMatchers("/drills/new", "/drills/*/edit")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/units/**", "/recruits/**", "/drills/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(loginSuccessHandler)
				.failureHandler(loginFailureHandler())
				.permitAll())
			// over HTTPS the browser also drops the range log's cached sheets and waiting
			// entries
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
						ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE)))
				.permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionSparingCsrfTokenRepository()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(lapsed).accessDeniedHandler(lapsed))
			.requestCache((cache) -> cache.requestCache(LapsedSignIn.pagesOnly()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

	/**
	 * Every refusal reads the same, whether the user exists or is disabled; only a lock
	 * (which unknown usernames get too) says to wait.
	 */
	private static AuthenticationFailureHandler loginFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
