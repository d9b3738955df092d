package org.drillbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

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
	void writeModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
	}

	/**
	 * The documenter lists relations in hash order, which differs between runs; sorted,
	 * the diagrams change only when the modules do.
	 */
	private static void sortRelations(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter((l) -> l.startsWith("Rel(")).sorted().toList();
				Iterator<String> sorted = relations.iterator();
				List<String> result = new ArrayList<>();
				for (String line : lines) {
					result.add(line.startsWith("Rel(") ? sorted.next() : line);
				}
				Files.write(file, result);
			}
		}
	}

}
