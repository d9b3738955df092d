package org.drillbook.drill;

import java.math.BigDecimal;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@DrillbookIntegrationTest
class DrillCatalogueTests {

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	TestData data;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminsDefineChangeAndRetireAndEveryChangeIsAudited() {
		DrillbookUser admin = this.data.admin();
		String name = TestData.unique("Reload ");
		long id = this.drillTypes.define(
				DrillTypeDefinition.timed(name, DrillCategory.WEAPON_HANDLING, null, new BigDecimal("8"), 4, "rifle"),
				admin);
		DrillTypeRow defined = this.drillTypes.find(id);
		this.drillTypes.redefine(id, DrillTypeDefinition.timed(name, DrillCategory.WEAPON_HANDLING, "faster now",
				new BigDecimal("7"), 4, "rifle"), defined.version(), admin);
		assertThatThrownBy(() -> this.drillTypes.redefine(id, defined.definition(), defined.version(), admin))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(this.drillTypes.find(id).definition().timeLimitSeconds()).isEqualByComparingTo("7");

		long active = this.drillTypes.countActive();
		this.drillTypes.retire(id, this.drillTypes.find(id).version(), admin);
		assertThat(this.drillTypes.countActive()).isEqualTo(active - 1);
		assertThat(this.drillTypes.catalogue(false, PageRequest.of(0, 1000)).getContent())
			.noneMatch((d) -> d.id() == id);
		assertThat(this.drillTypes.catalogue(true, PageRequest.of(0, 1000)).getContent())
			.anyMatch((d) -> d.id() == id && d.retired());
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where entity_type = 'DrillType'" + " and entity_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsExactly("DRILL_TYPE_DEFINED", "DRILL_TYPE_CHANGED", "DRILL_TYPE_RETIRED");
	}

	@Test
	void namesAreUniqueAndOnlyAdminsChangeTheCatalogue() {
		String name = TestData.unique("Drag ");
		this.drillTypes.define(DrillTypeDefinition.passFail(name, DrillCategory.FIRST_AID, null), this.data.admin());
		assertThatThrownBy(() -> this.drillTypes
			.define(DrillTypeDefinition.passFail(name.toUpperCase(), DrillCategory.FIRST_AID, null), this.data.admin()))
			.isInstanceOf(DuplicateDrillTypeException.class);
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> this.drillTypes
			.define(DrillTypeDefinition.passFail(TestData.unique("x"), DrillCategory.OTHER, null), instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.mvc.get().uri("/drills").with(user(instructor))).hasStatusOk().bodyText().contains(name);
	}

	@Test
	void anIncompleteStandardGetsAClearMessageInTheUsersLanguage() {
		assertThat(this.mvc.post()
			.uri("/drills?lang=uk")
			.with(user(this.data.admin()))
			.with(csrf())
			.param("name", TestData.unique("Grouping "))
			.param("category", "MARKSMANSHIP")
			.param("standard", "HITS")
			.param("minHits", "6")
			.param("roundsPerAttempt", "5")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Заповніть значення, потрібні для цього нормативу");
	}

}
