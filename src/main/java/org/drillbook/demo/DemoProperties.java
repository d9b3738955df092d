package org.drillbook.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode (the {@code demo} profile turns it on).
 *
 * @param enabled seed the demo dataset and show the DEMO banner
 * @param recruits how many recruits to generate
 * @param randomSeed seed of the generator, so that two runs make the same data
 */
@ConfigurationProperties("drillbook.demo")
public record DemoProperties(boolean enabled, @DefaultValue("150") int recruits,
		@DefaultValue("20261126") long randomSeed) {

}
