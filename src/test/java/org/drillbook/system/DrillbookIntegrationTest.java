package org.drillbook.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on this run's own PostgreSQL database, with MockMvc. One shared
 * context for every class that uses it as it is. MockMvc's sessions are mock sessions
 * handed from request to request, which Spring Session's filter would ignore, so sessions
 * stay in memory here; the tests over real HTTP (and the browser's) keep them in
 * PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
		properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
public @interface DrillbookIntegrationTest {

}
