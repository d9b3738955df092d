package org.drillbook.unit;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class UnitServiceTests {

	@Autowired
	UnitService units;

	@Autowired
	TestData data;

	private final DrillbookUser admin = DrillbookUser.SYSTEM;

	@Test
	void hierarchyOfAnyDepth() {
		long battalion = this.data.unit(null);
		long company = this.data.unit(battalion);
		long platoon = this.data.unit(company);
		long squad = this.data.unit(platoon);
		long fireTeam = this.data.unit(squad);
		assertThat(this.units.subtree(java.util.List.of(company))).containsExactlyInAnyOrder(company, platoon, squad,
				fireTeam);
		assertThat(this.units.details(squad, this.admin).parentId()).isEqualTo(platoon);
	}

	@Test
	void codesAreUniqueWhateverTheCase() {
		String code = TestData.unique("U");
		this.units.create(code, "First", (Long) null, this.admin);
		assertThatThrownBy(() -> this.units.create(code.toLowerCase(), "Second", (Long) null, this.admin))
			.isInstanceOf(DuplicateUnitCodeException.class);
	}

	@Test
	void renameAndMove() {
		long a = this.data.unit(null);
		long b = this.data.unit(null);
		long child = this.data.unit(a);
		UnitDetails before = this.units.details(child, this.admin);
		this.units.update(child, "Renamed squad", b, before.version(), this.admin);
		UnitDetails after = this.units.details(child, this.admin);
		assertThat(after.name()).isEqualTo("Renamed squad");
		assertThat(after.parentId()).isEqualTo(b);
		assertThat(after.version()).isGreaterThan(before.version());
	}

	@Test
	void movingUnderItsOwnDescendantIsRefused() {
		long company = this.data.unit(null);
		long platoon = this.data.unit(company);
		long squad = this.data.unit(platoon);
		long version = this.units.details(company, this.admin).version();
		assertThatThrownBy(() -> this.units.update(company, "Company", squad, version, this.admin))
			.isInstanceOf(UnitMoveException.class)
			.hasMessage("unit.error.moveUnderDescendant");
		assertThatThrownBy(() -> this.units.update(company, "Company", company, version, this.admin))
			.isInstanceOf(UnitMoveException.class);
	}

	@Test
	void aStaleVersionIsRefusedNotOverwritten() {
		long unit = this.data.unit(null);
		long version = this.units.details(unit, this.admin).version();
		this.units.update(unit, "First editor", null, version, this.admin);
		assertThatThrownBy(() -> this.units.update(unit, "Second editor", null, version, this.admin))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(this.units.details(unit, this.admin).name()).isEqualTo("First editor");
	}

	@Test
	void aUnitWithMembersIsNotArchivedAndAnEmptyOneLeavesLists() {
		long full = this.data.unit(null);
		this.data.recruit(full);
		assertThatThrownBy(() -> this.units.archive(full, this.units.details(full, this.admin).version(), this.admin))
			.hasMessage("unit.error.archiveWithMembers");

		long empty = this.data.unit(null);
		this.units.archive(empty, this.units.details(empty, this.admin).version(), this.admin);
		assertThat(this.units.details(empty, this.admin).archived()).isTrue();
		assertThat(this.units.activeByCode(java.util.List.of(this.units.details(empty, this.admin).code()))).isEmpty();
		assertThat(
				this.units.choices(UnitScope.ALL, this.units.details(empty, this.admin).code(), (Long) null).options())
			.noneMatch((o) -> o.id() == empty);
		assertThat(this.units.list(true, UnitScope.ALL, PageRequest.of(0, 10000)).getContent())
			.anyMatch((r) -> r.id() == empty && r.archived());
	}

	@Test
	void onlyAdminsChangeUnits() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> this.units.create(TestData.unique("X"), "x", (Long) null, instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.units.choicesForChange(instructor, null, java.util.List.of()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anInstructorSeesTheirUnitsAndSubunitsOnly() {
		long company = this.data.unit(null);
		long platoon = this.data.unit(company);
		long other = this.data.unit(null);
		DrillbookUser instructor = this.data.instructor(company);
		UnitScope scope = this.units.scopeOf(instructor);
		assertThat(scope.contains(company)).isTrue();
		assertThat(scope.contains(platoon)).isTrue();
		assertThat(scope.contains(other)).isFalse();
		assertThatThrownBy(() -> this.units.details(other, instructor)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.units.list(false, PageRequest.of(0, 1000), instructor).getContent()).extracting(UnitRow::id)
			.containsExactlyInAnyOrder(company, platoon);
		Page<UnitRow> first = this.units.list(false, PageRequest.of(0, 1), instructor);
		assertThat(first.getContent()).extracting(UnitRow::id).containsExactly(company);
		assertThat(first.getTotalElements()).as("the reader's units, counted").isEqualTo(2);
	}

}
