package org.drillbook.unit;

import java.util.ArrayList;
import java.util.List;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Unit pickers list a bounded number of units, find the others by part of their code or
 * name, never lose the unit already chosen, and keep to the reader's units; the tree
 * order they use is kept in each unit's path.
 */
@DrillbookIntegrationTest
class UnitChoicesTests {

	@Autowired
	UnitService units;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aPickerListsAtMostItsSizeAndFindsTheRestBySearch() {
		long top = this.data.unit(null);
		List<Long> children = new ArrayList<>();
		for (int i = 0; i < UnitService.PICKER_SIZE + 1; i++) {
			children.add(this.data.unit(top));
		}
		DrillbookUser instructor = this.data.instructor(top);
		long outside = this.data.unit(null);

		UnitChoices first = this.units.choices(instructor, null, null);
		assertThat(first.options()).hasSize(UnitService.PICKER_SIZE);
		assertThat(first.searchable()).isTrue();
		assertThat(first.options().get(0).id()).as("tree order: the top first").isEqualTo(top);
		assertThat(first.options().get(1).depth()).isEqualTo(first.options().get(0).depth() + 1);

		long last = first.options().stream().map(UnitOption::id).reduce((a, b) -> b).orElseThrow();
		long unlisted = children.stream()
			.filter((id) -> first.options().stream().noneMatch((o) -> o.id() == id))
			.findFirst()
			.orElseThrow();
		UnitChoices withChosen = this.units.choices(instructor, null, unlisted);
		assertThat(withChosen.options()).hasSize(UnitService.PICKER_SIZE + 1);
		assertThat(withChosen.options().get(0).id()).as("the chosen unit is kept").isEqualTo(unlisted);
		assertThat(withChosen.options()).extracting(UnitOption::id).contains(last);

		String code = this.units.summaryOf(unlisted).code();
		assertThat(this.units.choices(instructor, code.substring(1).toLowerCase(), null).options())
			.extracting(UnitOption::id)
			.containsExactly(unlisted);
		assertThat(this.units.choices(instructor, "Unit " + code.substring(0, 5), null).options()).as("by name too")
			.extracting(UnitOption::id)
			.contains(unlisted);
		String outsideCode = this.units.summaryOf(outside).code();
		assertThat(this.units.choices(instructor, outsideCode, outside).options())
			.as("never a unit outside the reader's, even when asked for it")
			.isEmpty();
		assertThat(this.units.choices(instructor, "%", null).options()).as("LIKE's wildcards are text").isEmpty();
		assertThat(this.units.choices(DrillbookUser.SYSTEM, outsideCode, null).options()).extracting(UnitOption::id)
			.containsExactly(outside);
		assertThatThrownBy(() -> this.units.choicesForChange(instructor, code, (Long) null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aMoveRewritesThePathsOfEveryUnitBelow() {
		long a = this.data.unit(null);
		long b = this.data.unit(null);
		long company = this.data.unit(a);
		long platoon = this.data.unit(company);
		long squad = this.data.unit(platoon);
		this.units.update(company, "Moved", b, this.units.details(company, DrillbookUser.SYSTEM).version(),
				DrillbookUser.SYSTEM);
		assertThat(path(squad)).containsExactly(code(b), code(company), code(platoon), code(squad));
		this.units.update(platoon, "Top now", null, this.units.details(platoon, DrillbookUser.SYSTEM).version(),
				DrillbookUser.SYSTEM);
		assertThat(path(squad)).containsExactly(code(platoon), code(squad));
		assertThat(this.units
			.list(false, UnitScope.of(List.of(platoon, squad)), org.springframework.data.domain.PageRequest.of(0, 10))
			.getContent()).extracting(UnitRow::depth).containsExactly(0, 1);
		assertThat(this.jdbc.queryForObject("""
				with recursive tree as (
				    select id, array[code::text] as path from unit where parent_id is null
				    union all
				    select c.id, t.path || c.code::text from unit c join tree t on c.parent_id = t.id
				)
				select count(*) from unit u left join tree t on t.id = u.id where u.path is distinct from t.path
				""", Long.class)).as("every unit's stored path is its place in the tree").isZero();
	}

	@Test
	void theSearchAnswersInJsonWithinTheReadersUnits() {
		long top = this.data.unit(null);
		long child = this.data.unit(top);
		DrillbookUser instructor = this.data.instructor(top);
		String code = this.units.summaryOf(child).code();
		assertThat(this.mvc.get().uri("/units/choices?scope=read&q={q}", code).with(user(instructor))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly(Math.toIntExact(child));
		assertThat(this.mvc.get().uri("/units/choices?scope=change&q={q}", code).with(user(instructor)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/units/choices?scope=nonsense&q=%00%27").with(user(instructor))).hasStatusOk();
		assertThat(this.mvc.get().uri("/units/choices?scope=change&q={q}", code).with(user(this.data.admin())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].label")
			.asString()
			.contains(code);
	}

	@Test
	void theInstructorFormListsTheirUnitsAndTheFirstOthersNotEveryUnit() throws Exception {
		long top = this.data.unit(null);
		for (int i = 0; i < UnitService.PICKER_SIZE + 1; i++) {
			this.data.unit(top);
		}
		long far = this.data.unit(this.data.unit(top));
		DrillbookUser instructor = this.data.instructor(far);
		String html = this.mvc.get()
			.uri("/instructors/{id}/edit", instructor.id())
			.with(user(this.data.admin()))
			.exchange()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input[^>]*value=\"" + far + "\"[^>]*>")
			.matcher(html);
		assertThat(box.find()).as("the instructor's unit is listed").isTrue();
		assertThat(box.group()).as("and ticked").contains("checked");
		assertThat(html.split("name=\"unitIds\"", -1).length - 1).isBetween(2, UnitService.PICKER_SIZE + 1);
		assertThat(html).contains("id=\"instructorUnitsSearch\"");
	}

	private String code(long unit) {
		return this.units.summaryOf(unit).code();
	}

	private List<String> path(long unit) {
		return List
			.of(this.jdbc.queryForObject("select array_to_string(path, '/') from unit where id = ?", String.class, unit)
				.split("/"));
	}

}
