package org.drillbook;

import org.drillbook.audit.AuditChainCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DrillbookApplication {

	public static void main(String[] args) {
		if (args.length > 0 && AuditChainCommand.NAME.equals(args[0])) {
			System.exit(AuditChainCommand.run(System.getenv(), System.out));
		}
		SpringApplication.run(DrillbookApplication.class, args);
	}

}
