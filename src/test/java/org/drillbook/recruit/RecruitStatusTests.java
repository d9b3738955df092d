package org.drillbook.recruit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.drillbook.recruit.internal.Recruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecruitStatusTests {

	@Test
	void lifecycleRunsFromApplicantToDeployed() {
		assertThat(RecruitStatus.APPLICANT.pathTo(RecruitStatus.DEPLOYED)).containsExactly(RecruitStatus.IN_TRAINING,
				RecruitStatus.QUALIFIED, RecruitStatus.DEPLOYED);
	}

	@Test
	void applicantCannotSkipTraining() {
		assertThat(RecruitStatus.APPLICANT.canMoveTo(RecruitStatus.QUALIFIED)).isFalse();
		assertThat(RecruitStatus.APPLICANT.canMoveTo(RecruitStatus.IN_TRAINING)).isTrue();
	}

	@Test
	void dischargedIsFinal() {
		assertThat(RecruitStatus.DISCHARGED.next()).isEmpty();
		assertThatThrownBy(() -> RecruitStatus.DISCHARGED.pathTo(RecruitStatus.IN_TRAINING))
			.isInstanceOf(IllegalStatusChangeException.class);
	}

	@Test
	void pathToItselfIsEmpty() {
		assertThat(RecruitStatus.QUALIFIED.pathTo(RecruitStatus.QUALIFIED)).isEqualTo(List.of());
	}

	@Test
	void recruitRefusesAnIllegalChangeAndRecordsALegalOne() {
		Recruit recruit = Recruit.enlist("Zubr", java.time.LocalDate.of(2026, 9, 1), "admin",
				java.time.Instant.parse("2026-09-01T08:00:00Z"));
		assertThatThrownBy(() -> recruit.changeStatus(RecruitStatus.DEPLOYED, "skip", "admin",
				java.time.Instant.parse("2026-09-02T08:00:00Z")))
			.isInstanceOf(IllegalStatusChangeException.class);
		assertThat(recruit.getStatus()).isEqualTo(RecruitStatus.APPLICANT);
		recruit.changeStatus(RecruitStatus.IN_TRAINING, "intake done", "admin",
				java.time.Instant.parse("2026-09-02T08:00:00Z"));
		assertThat(recruit.getStatus()).isEqualTo(RecruitStatus.IN_TRAINING);
	}

}
