package org.drillbook.recruit;

import java.time.LocalDate;
import java.util.List;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class RecruitServiceTests {

	@Autowired
	RecruitService recruits;

	@Autowired
	RosterService rosters;

	@Autowired
	TestData data;

	private final DrillbookUser admin = DrillbookUser.SYSTEM;

	@Test
	void callSignsAreUniqueWhateverTheCase() {
		String callSign = TestData.unique("Lys");
		this.data.recruit(callSign, null);
		assertThatThrownBy(() -> this.data.recruit(callSign.toUpperCase(), null))
			.isInstanceOf(DuplicateCallSignException.class);
	}

	@Test
	void onlyAllowedStatusChangesAreAcceptedAndEachIsRecorded() {
		long id = this.data.recruit(null);
		RecruitDetails applicant = this.recruits.details(id, this.admin);
		assertThat(applicant.nextStatuses()).containsExactlyInAnyOrder(RecruitStatus.IN_TRAINING,
				RecruitStatus.DISCHARGED);
		assertThatThrownBy(
				() -> this.recruits.changeStatus(id, RecruitStatus.DEPLOYED, "skip", applicant.version(), this.admin))
			.isInstanceOf(IllegalStatusChangeException.class);
		this.recruits.changeStatus(id, RecruitStatus.IN_TRAINING, "passed the medical", applicant.version(),
				this.admin);
		RecruitDetails training = this.recruits.details(id, this.admin);
		assertThat(training.status()).isEqualTo(RecruitStatus.IN_TRAINING);
		assertThat(training.statusHistory()).hasSize(2);
		StatusChangeRow last = training.statusHistory().get(1);
		assertThat(last.from()).isEqualTo(RecruitStatus.APPLICANT);
		assertThat(last.reason()).isEqualTo("passed the medical");
		assertThat(last.changedBy()).isEqualTo("system");
		assertThat(last.changedAt()).isNotNull();
	}

	@Test
	void transferEndsTheOldMembershipAndStartsTheNewOneKeepingHistory() {
		long from = this.data.unit(null);
		long to = this.data.unit(null);
		long id = this.data.recruit(from);
		long version = this.recruits.details(id, this.admin).version();
		LocalDate day = LocalDate.of(2026, 10, 15);
		this.rosters.transfer(id, to, Position.MEDIC, day, version, this.admin);

		RecruitDetails moved = this.recruits.details(id, this.admin);
		assertThat(moved.currentMembership().unitId()).isEqualTo(to);
		assertThat(moved.currentMembership().position()).isEqualTo(Position.MEDIC);
		assertThat(moved.memberships()).hasSize(2);
		assertThat(moved.memberships().get(1).validTo()).isEqualTo(day);
		assertThat(moved.version()).isGreaterThan(version);

		assertThat(roster(from, day.minusDays(1))).containsExactly(id);
		assertThat(roster(from, day)).isEmpty();
		assertThat(roster(to, day)).containsExactly(id);
		assertThat(roster(to, day.minusDays(1))).isEmpty();
	}

	@Test
	void aTransferWithAStaleVersionChangesNothing() {
		long from = this.data.unit(null);
		long id = this.data.recruit(from);
		long version = this.recruits.details(id, this.admin).version();
		this.rosters.transfer(id, this.data.unit(null), Position.MEMBER, LocalDate.of(2026, 10, 1), version,
				this.admin);
		long third = this.data.unit(null);
		assertThatThrownBy(
				() -> this.rosters.transfer(id, third, Position.MEMBER, LocalDate.of(2026, 10, 2), version, this.admin))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(this.recruits.details(id, this.admin).memberships()).hasSize(2);
	}

	@Test
	void rosterWithSubunitsCountsByStatus() {
		long platoon = this.data.unit(null);
		long squad = this.data.unit(platoon);
		this.data.recruit(platoon);
		long inSquad = this.data.recruit(squad);
		this.recruits.changeStatus(inSquad, RecruitStatus.IN_TRAINING, "intake done",
				this.recruits.details(inSquad, this.admin).version(), this.admin);
		LocalDate today = this.data.today();
		Roster own = this.rosters.roster(platoon, today, false, Pageable.unpaged(), this.admin);
		Roster all = this.rosters.roster(platoon, today, true, Pageable.unpaged(), this.admin);
		assertThat(own.total()).isEqualTo(1);
		assertThat(all.total()).isEqualTo(2);
		assertThat(all.countsByStatus().get(RecruitStatus.IN_TRAINING)).isEqualTo(1);
		assertThat(all.countsByStatus().get(RecruitStatus.APPLICANT)).isEqualTo(1);
	}

	@Test
	void searchFiltersByUnitWithSubunitsStatusAndText() {
		long company = this.data.unit(null);
		long squad = this.data.unit(company);
		String tag = TestData.unique("Q");
		long a = this.data.recruit(tag + "Alpha", company);
		long b = this.data.recruit(tag + "Bravo", squad);
		this.data.recruit(tag + "Elsewhere", this.data.unit(null));
		this.recruits.changeStatus(b, RecruitStatus.IN_TRAINING, "intake done",
				this.recruits.details(b, this.admin).version(), this.admin);

		assertThat(ids(new RecruitFilter(company, null, null, null))).containsExactlyInAnyOrder(a, b);
		assertThat(ids(new RecruitFilter(company, RecruitStatus.IN_TRAINING, null, null))).containsExactly(b);
		assertThat(ids(new RecruitFilter(null, null, tag.toLowerCase() + "al", null))).containsExactly(a);
		assertThat(ids(new RecruitFilter(null, null, "%", null))).doesNotContain(a, b);
	}

	@Test
	void instructorsSeeTheirUnitsRecruitsWithoutIdentityAndChangeNothing() {
		long company = this.data.unit(null);
		long squad = this.data.unit(company);
		long mine = this.data.recruit(squad);
		long other = this.data.recruit(this.data.unit(null));
		DrillbookUser instructor = this.data.instructor(company);

		RecruitDetails seen = this.recruits.details(mine, instructor);
		assertThat(seen.identity()).isNull();
		assertThat(seen.intakeDate()).isNotNull();
		assertThat(seen.currentMembership().unitId()).isEqualTo(squad);

		assertThatThrownBy(() -> this.recruits.details(other, instructor)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recruits.detailsForChange(mine, instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recruits.changeStatus(mine, RecruitStatus.IN_TRAINING, "intake done",
				seen.version(), instructor))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.recruits.search(RecruitFilter.none(), PageRequest.of(0, 1000), instructor).getContent())
			.extracting(RecruitRow::id)
			.containsExactly(mine);
		assertThatThrownBy(() -> this.rosters.roster(this.data.unit(null), this.data.today(), false, Pageable.unpaged(),
				instructor))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void armorersSeeCallSignsButNoIdentity() {
		long id = this.data.recruit(this.data.unit(null));
		assertThat(this.recruits.details(id, this.data.armorer()).identity()).isNull();
		assertThat(this.recruits.details(id, this.data.admin()).identity().legalName()).startsWith("Legal ");
	}

	private List<Long> roster(long unitId, LocalDate day) {
		return this.rosters.roster(unitId, day, false, Pageable.unpaged(), this.admin)
			.members()
			.map(RosterRow::recruitId)
			.getContent();
	}

	private List<Long> ids(RecruitFilter filter) {
		return this.recruits.search(filter, PageRequest.of(0, 1000), this.admin).map(RecruitRow::id).getContent();
	}

}
