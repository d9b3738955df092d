package org.drillbook.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.drillbook.account.AccessTokenService;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.Role;
import org.drillbook.account.PasskeyProperties;
import org.drillbook.account.LoginThrottle;

import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.csrf.CsrfFilter;
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

	/**
	 * The API ({@code /api/**}): a personal access token for other systems (read, or read
	 * and write by its scope), or the browser's session, whose state-changing calls need
	 * the CSRF token as every form does. Refusals are RFC 9457 problem details; no
	 * session is started and no page is remembered for later.
	 */
	/** Swagger UI's own pages (admins only). */
	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	/**
	 * Swagger UI adds one style element of its own: that one (by its hash) is allowed on
	 * its pages, nothing else inline.
	 */
	static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

	/** The roles that see more than their own record. */
	private static final String[] STAFF = Role.STAFF.stream().map(Role::name).toArray(String[]::new);

	private static final java.util.Set<String> STAFF_AUTHORITIES = Role.STAFF.stream()
		.map(Role::authority)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SecurityContextRepository securityContextRepository,
			OwnAccountService accounts, ObjectProvider<EndedSessions> ended,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessionStore, AccessTokenService tokens,
			ApiProblems problems) throws Exception {
		http.securityMatcher("/api/**")
			.addFilterAfter(
					new SessionValidityFilter(accounts, ended.getIfAvailable(), sessionStore.getIfAvailable() != null),
					SecurityContextHolderFilter.class)
			.addFilterBefore(new AccessTokenFilter(tokens, problems), CsrfFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(STAFF)
				.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(writes(authentication.get()))))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionSparingCsrfTokenRepository())
				.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpServletResponse.SC_UNAUTHORIZED, "api.problem.signIn"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						HttpServletResponse.SC_FORBIDDEN, refusalOf(ex))))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/**
	 * A state-changing API call: a signed-in session (its CSRF token is checked), or a
	 * token with the write scope.
	 */
	private static boolean writes(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken
				|| authentication.getAuthorities()
					.stream()
					.noneMatch((a) -> STAFF_AUTHORITIES.contains(a.getAuthority()))) {
			return false;
		}
		return !AccessTokenFilter.withToken(authentication) || AccessTokenFilter.tokenMayWrite(authentication);
	}

	/** Why an API call was refused before it reached a controller, as a message key. */
	private static String refusalOf(Exception refusal) {
		if (refusal instanceof CsrfException) {
			return "api.problem.csrf";
		}
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller != null && AccessTokenFilter.withToken(caller) && !AccessTokenFilter.tokenMayWrite(caller)) {
			return "api.problem.readOnly";
		}
		return "api.problem.forbidden";
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSuccessHandler loginSuccessHandler,
			SecurityContextRepository securityContextRepository, AuthenticationManager authenticationManager,
			OwnAccountService accounts, ObjectProvider<EndedSessions> ended,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessionStore, ITemplateEngine templates,
			UserLocaleResolver locales, PasskeyProperties passkeyProperties,
			ObjectProvider<WebAuthnRelyingPartyOperations> relyingParties, UserDetailsService users,
			AuthenticationEventPublisher events, JsonMapper json) throws Exception {
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
						"/recruits/*/export.*", "/recruits/*/sign-in", "/v3/api-docs", "/v3/api-docs.yaml",
						"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.hasRole("ADMIN")
				.requestMatchers("/armory/**")
				.hasAnyRole("ADMIN", "ARMORER")
				.requestMatchers("/drills/new", "/drills/*/edit")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/units/**", "/recruits/**", "/drills/**")
				.hasRole("ADMIN")
				.requestMatchers("/me", "/me/**")
				.hasRole(Role.TRAINEE.name())
				// what a trainee may reach besides their own record: their sign-in and
				// its
				// protections
				.requestMatchers("/", "/login/2fa", "/account/password", "/account/2fa", "/account/2fa/**",
						"/account/passkeys", "/account/passkeys/**", "/webauthn/register", "/webauthn/register/**")
				.authenticated()
				// everything else is for those who run the training: deny by default
				.anyRequest()
				.hasAnyRole(STAFF))
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
			.webAuthn((passkeys) -> passkeys.rpId(passkeyProperties.rpId())
				.rpName(passkeyProperties.rpName())
				.allowedOrigins(passkeyProperties.origins())
				.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						WebAuthnRelyingPartyOperations relyingParty = relyingParties.getIfAvailable();
						if (relyingParty != null) {
							ProviderManager passkeySignIn = new ProviderManager(
									new PasskeySignIn(new WebAuthnAuthenticationProvider(relyingParty, users), users));
							passkeySignIn.setAuthenticationEventPublisher(events);
							filter.setAuthenticationManager(passkeySignIn);
						}
						filter.setSecurityContextRepository(securityContextRepository);
						filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
						filter.setAuthenticationSuccessHandler(PasskeySignIn.succeeded(loginSuccessHandler, json));
						filter.setAuthenticationFailureHandler(PasskeySignIn.failed(json));
						return filter;
					}
				}))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionSparingCsrfTokenRepository()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(lapsed).accessDeniedHandler(lapsed))
			.requestCache((cache) -> cache.requestCache(LapsedSignIn.pagesOnly()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(self), microphone=(), geolocation=(), payment=(), usb=()")));
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
