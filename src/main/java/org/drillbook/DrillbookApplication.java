package org.drillbook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DrillbookApplication {

	public static void main(String[] args) {
		SpringApplication.run(DrillbookApplication.class, args);
	}

}
