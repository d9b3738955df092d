package org.drillbook;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature is an application module: other modules use only its root package (its
 * services, the records they return, its exceptions). The module diagrams under
 * {@code docs/modules} are written here, so they follow the code.
 */
class ModulesTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DrillbookApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirDoors() {
		MODULES.verify();
	}

	@Test
	void writeModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
