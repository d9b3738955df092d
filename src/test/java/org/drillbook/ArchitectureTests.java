package org.drillbook;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering rules of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "org.drillbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule webDoesNotTouchRepositories = noClasses().that()
		.resideInAPackage("org.drillbook..web..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule servicesDoNotDependOnWeb = noClasses().that()
		.haveSimpleNameEndingWith("Service")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.drillbook..web..");

	/**
	 * Repositories and entities sit behind a module's door: in its {@code internal}
	 * package, which {@link ModulesTests} keeps other modules out of.
	 */
	@ArchTest
	static final ArchRule repositoriesAreInternal = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.resideInAPackage("org.drillbook.*.internal");

	@ArchTest
	static final ArchRule entitiesAreInternal = classes().that()
		.areAnnotatedWith(Entity.class)
		.or()
		.areAnnotatedWith(Embeddable.class)
		.should()
		.resideInAPackage("org.drillbook.*.internal");

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.notBePublic()
		.andShould()
		.resideInAPackage("..web..");

	/**
	 * A refused action reaches the user through {@code Refusals}, never a controller's
	 * catch block.
	 */
	@ArchTest
	static void controllersDoNotCatch(JavaClasses classes) {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should(new ArchCondition<JavaClass>("have no try/catch blocks") {
				@Override
				public void check(JavaClass controller, ConditionEvents events) {
					controller.getCodeUnits()
						.stream()
						.filter((unit) -> !unit.getTryCatchBlocks().isEmpty())
						.forEach((unit) -> events
							.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches an exception")));
				}
			})
			.check(classes);
	}

	@ArchTest
	static final ArchRule springTransactionsOnly = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("jakarta.transaction.Transactional");

	@ArchTest
	static final ArchRule noCyclesBetweenFeatures = slices().matching("org.drillbook.(*)..").should().beFreeOfCycles();

	@ArchTest
	static void noUtilityDumpingGrounds(JavaClasses classes) {
		noClasses().should()
			.resideInAnyPackage("..common..", "..util..", "..utils..", "..helper..")
			.allowEmptyShould(true)
			.check(classes);
	}

}
