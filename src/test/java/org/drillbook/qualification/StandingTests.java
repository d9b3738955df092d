package org.drillbook.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that turn evidence into a status, on fixed days. */
class StandingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final Requirement ONE_PASS_30_DAYS = new Requirement(1, QualificationRule.PASSES, 1, 30);

	private static final Requirement TWO_PASSES_365_DAYS = new Requirement(2, QualificationRule.PASSES, 2, 365);

	private static final Requirement LAST_ATTEMPT_90_DAYS = new Requirement(3, QualificationRule.LAST_ATTEMPT, 1, 90);

	private static Standing standing(Evidence... evidence) {
		return Standing.of(7, "Basic rifle", List.of(evidence), TODAY, 30,
				Map.of(1L, "Reload", 2L, "Marksmanship", 3L, "First aid"));
	}

	private static Evidence passedOn(Requirement requirement, LocalDate day) {
		return new Evidence(requirement, day, day, true,
				day.isBefore(TODAY.minusDays(requirement.windowDays())) ? 0 : 1);
	}

	@Test
	void aPassThirtyDaysAgoWithAThirtyDayWindowExpiresToday() {
		Standing standing = standing(passedOn(ONE_PASS_30_DAYS, TODAY.minusDays(30)));

		assertThat(standing.status()).isEqualTo(QualificationStatus.EXPIRING);
		assertThat(standing.validUntil()).isEqualTo(TODAY);
		assertThat(standing.daysLeft(TODAY)).isZero();
		assertThat(standing.status().held()).isTrue();
	}

	@Test
	void aPassOneDayEarlierExpiredYesterday() {
		Standing standing = standing(passedOn(ONE_PASS_30_DAYS, TODAY.minusDays(31)));

		assertThat(standing.status()).isEqualTo(QualificationStatus.EXPIRED);
		assertThat(standing.validUntil()).isEqualTo(TODAY.minusDays(1));
		assertThat(standing.shortfalls()).singleElement()
			.satisfies((s) -> assertThat(s.lapsedAfter()).isEqualTo(TODAY.minusDays(1)));
		assertThat(standing.status().held()).isFalse();
	}

	@Test
	void expiringStartsWhenTheLastValidDayIsWithinTheWarningWindow() {
		Requirement yearly = new Requirement(1, QualificationRule.PASSES, 1, 365);
		LocalDate lastDayOfWarning = TODAY.plusDays(30).minusDays(365);

		assertThat(standing(passedOn(yearly, lastDayOfWarning)).status()).isEqualTo(QualificationStatus.EXPIRING);
		assertThat(standing(passedOn(yearly, lastDayOfWarning.plusDays(1))).status())
			.isEqualTo(QualificationStatus.QUALIFIED);
	}

	@Test
	void nPassesNeedTheNthMostRecentPassInsideTheWindow() {
		// only one pass: the N-th (2nd) most recent does not exist
		Standing one = standing(new Evidence(TWO_PASSES_365_DAYS, null, TODAY.minusDays(3), true, 1));
		assertThat(one.status()).isEqualTo(QualificationStatus.NOT_YET);
		assertThat(one.shortfalls()).singleElement().satisfies((s) -> {
			assertThat(s.passesWithin()).isEqualTo(1);
			assertThat(s.requirement().minPasses()).isEqualTo(2);
			assertThat(s.lapsedAfter()).isNull();
		});

		// two passes: valid until the older of the two plus the window
		Standing two = standing(new Evidence(TWO_PASSES_365_DAYS, TODAY.minusDays(100), TODAY.minusDays(3), true, 2));
		assertThat(two.status()).isEqualTo(QualificationStatus.QUALIFIED);
		assertThat(two.validUntil()).isEqualTo(TODAY.minusDays(100).plusDays(365));
	}

	@Test
	void aFailedLastAttemptMeansNotYetWhateverCameBefore() {
		Standing standing = standing(
				new Evidence(LAST_ATTEMPT_90_DAYS, TODAY.minusDays(20), TODAY.minusDays(2), false, 1));

		assertThat(standing.status()).isEqualTo(QualificationStatus.NOT_YET);
		assertThat(standing.shortfalls()).singleElement().satisfies((s) -> assertThat(s.lastAttemptFailed()).isTrue());
	}

	@Test
	void theEarliestRequirementDecidesTheExpiryAndEveryRequirementMustBeMet() {
		Standing both = standing(passedOn(ONE_PASS_30_DAYS, TODAY.minusDays(10)),
				passedOn(LAST_ATTEMPT_90_DAYS, TODAY.minusDays(1)));
		assertThat(both.status()).isEqualTo(QualificationStatus.EXPIRING);
		assertThat(both.validUntil()).isEqualTo(TODAY.plusDays(20));

		Standing oneMissing = standing(passedOn(ONE_PASS_30_DAYS, TODAY.minusDays(10)),
				new Evidence(LAST_ATTEMPT_90_DAYS, null, null, false, 0));
		assertThat(oneMissing.status()).isEqualTo(QualificationStatus.NOT_YET);
		assertThat(oneMissing.shortfalls()).extracting(Shortfall::drillName).containsExactly("First aid");
	}

	@Test
	void withoutAnyAttemptItIsNotYet() {
		assertThat(standing(new Evidence(ONE_PASS_30_DAYS, null, null, false, 0)).status())
			.isEqualTo(QualificationStatus.NOT_YET);
	}

	@Test
	void aLastAttemptRequirementAlwaysNeedsOnePass() {
		assertThat(new Requirement(3, QualificationRule.LAST_ATTEMPT, 5, 90).minPasses()).isEqualTo(1);
	}

}
