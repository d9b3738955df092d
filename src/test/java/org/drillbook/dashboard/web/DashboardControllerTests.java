package org.drillbook.dashboard.web;

import java.util.EnumMap;
import java.util.Map;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.drillbook.account.Role;
import org.drillbook.session.SessionRow;
import org.drillbook.session.SessionStatus;
import org.drillbook.dashboard.Dashboard;
import org.drillbook.dashboard.DashboardService;
import org.drillbook.recruit.RecruitStatus;
import org.drillbook.system.DrillbookWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@DrillbookWebTest(DashboardController.class)
class DashboardControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DashboardService dashboards;

	@Autowired
	Clock clock;

	@BeforeEach
	void counts() {
		Map<RecruitStatus, Long> byStatus = new EnumMap<>(RecruitStatus.class);
		for (RecruitStatus status : RecruitStatus.values()) {
			byStatus.put(status, 0L);
		}
		byStatus.put(RecruitStatus.IN_TRAINING, 71L);
		byStatus.put(RecruitStatus.QUALIFIED, 29L);
		byStatus.put(RecruitStatus.DISCHARGED, 4L);
		Map<Role, Long> byRole = new EnumMap<>(Map.of(Role.ADMIN, 1L, Role.INSTRUCTOR, 4L, Role.ARMORER, 1L));
		given(this.dashboards.dashboard()).willReturn(new Dashboard(40, byStatus, byRole, 12, true));
	}

	@Test
	void theDayStartsWithTodaysSessionsEachOneTapFromItsLog() {
		Instant nineToday = LocalDate.now(this.clock).atTime(9, 0).atZone(this.clock.getZone()).toInstant();
		given(this.dashboards.sessionsSoon(any())).willReturn(List
			.of(new SessionRow(41, 7, "1/2/3", nineToday, "Range 3", SessionStatus.OPEN, "Grom"), new SessionRow(42, 7,
					"1/2/3", nineToday.plus(Duration.ofDays(1)), "Range 4", SessionStatus.PLANNED, "Grom")));
		assertThat(this.mvc.get().uri("/").with(user("grom").roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"sessionsSoon\"", "href=\"/sessions/41/log\"", "href=\"/sessions/42/log\"", "Range 3",
					"Today 9:00", "Tomorrow 9:00");
	}

	@Test
	void anonymousIsSentToSignIn() {
		assertThat(this.mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void adminSeesTheCountsAndTheAccounts() {
		assertThat(this.mvc.get().uri("/").with(user("chief").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("id=\"countRecruits\">100<", "id=\"countInTraining\">71<", "id=\"countUnits\">40<",
					"id=\"countDrillTypes\">12<", "id=\"accountsByRole\"", "id=\"recruitsByStatus\"");
	}

	@Test
	void instructorSeesRecruitsButNotAccounts() {
		assertThat(this.mvc.get().uri("/").with(user("grom").roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"recruitsByStatus\"")
			.doesNotContain("id=\"accountsByRole\"");
	}

	@Test
	void armorerSeesCountsOnly() {
		assertThat(this.mvc.get().uri("/").with(user("arsenal").roles("ARMORER"))).hasStatusOk()
			.bodyText()
			.contains("id=\"countRecruits\"")
			.doesNotContain("id=\"accountsByRole\"", "id=\"recruitsByStatus\"");
	}

	@Test
	void pageIsInTheLanguageAskedFor() {
		assertThat(this.mvc.get().uri("/?lang=pl").with(user("grom").roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("Pulpit", "W szkoleniu");
	}

	@Test
	void datesAreWrittenTheWayTheLanguageWritesThem() {
		assertThat(this.mvc.get().uri("/?lang=uk").with(user("kobzar").roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.containsPattern("id=\"today\">\\d{1,2} [а-яіїєґ]+ \\d{4}");
	}

}
