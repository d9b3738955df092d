package org.drillbook.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.drillbook.account.AccessTokenService;
import org.drillbook.account.AccountService;
import org.drillbook.account.OwnAccountService;
import org.drillbook.account.PasskeyProperties;
import org.drillbook.account.LoginThrottle;
import org.drillbook.account.SecondFactorProperties;
import org.drillbook.demo.DemoProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice with Drillbook's real security, locale and layout configuration; the
 * services a controller calls are {@code @MockitoBean}s of the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ SecurityConfig.class, WebConfig.class, ClockConfig.class, LoginSuccessHandler.class, LocalizedDates.class,
		LocalizedNumbers.class, ApiProblems.class })
@MockitoBean(types = { AccessTokenService.class, AccountService.class, OwnAccountService.class, LoginThrottle.class,
		UserDetailsService.class })
@EnableConfigurationProperties({ DemoProperties.class, DrillbookProperties.class, SecondFactorProperties.class,
		PasskeyProperties.class })
public @interface DrillbookWebTest {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
