package org.drillbook.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Deny by default: only sign-in, assets, error pages and the health check are public. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSuccessHandler loginSuccessHandler,
			SecurityContextRepository securityContextRepository) throws Exception {
		http.authorizeHttpRequests(
				(auth) -> auth.requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error")
					.permitAll()
					.requestMatchers("/actuator/health", "/actuator/health/**")
					.permitAll()
					.anyRequest()
					.authenticated())
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.formLogin((form) -> form.loginPage("/login").successHandler(loginSuccessHandler).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny()));
		return http.build();
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
