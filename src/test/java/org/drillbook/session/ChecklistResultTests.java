package org.drillbook.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.qualification.QualificationStatus;
import org.drillbook.qualification.ReadinessService;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A checklist drill on the range log: the steps ticked decide the pass, the result
 * records them and shows what was missed, and a qualification counts it like any other
 * standard.
 */
@DrillbookIntegrationTest
class ChecklistResultTests {

	@Autowired
	DrillTypeService drillTypes;

	@Autowired
	RangeLogService rangeLog;

	@Autowired
	ReadinessService readiness;

	@Autowired
	SessionService sessions;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theStepsTickedDecideThePassAndWhatWasMissedIsShown() {
		DrillbookUser admin = this.data.admin();
		long drill = this.drillTypes.define(
				DrillTypeDefinition.checklist(TestData.unique("MARCH "), DrillCategory.FIRST_AID, null,
						List.of(new ChecklistStep("Tourniquet", true), new ChecklistStep("Airway", true),
								new ChecklistStep("Respiration", false), new ChecklistStep("Circulation", false)),
						75),
				admin);
		long unit = this.data.unit(null);
		long passer = this.data.recruit(unit);
		long failer = this.data.recruit(unit);
		long session = this.data.openSession(unit, drill);
		long qualification = this.data.qualification(drill);

		this.rangeLog.recordCard(session, passer, new CardEntry(AttendanceStatus.PRESENT, null, null, Map.of(),
				Map.of(), Map.of(drill, Set.of(0, 1, 2)), UUID.randomUUID()), admin);
		// through the range log's form: all but a critical step
		assertThat(this.mvc.post()
			.uri("/sessions/{id}/recruits/{recruit}", session, failer)
			.with(user(admin))
			.with(csrf())
			.header("HX-Request", "true")
			.param("attendance", "PRESENT")
			.param("c" + drill + "-0", "1")
			.param("c" + drill + "-2", "1")
			.param("c" + drill + "-3", "1")).hasStatus2xxSuccessful().bodyText().contains("3/4 ✗", "missed: Airway");

		// through the API: the indexes of the steps done
		long third = this.data.recruit(unit);
		assertThat(this.mvc.post()
			.uri("/api/v1/sessions/{id}/results", session)
			.with(user(admin))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"recruitId\": " + third + ", \"attendance\": \"PRESENT\", \"steps\": {\"" + drill
					+ "\": [0, 1, 3]}, \"submissionKey\": \"" + UUID.randomUUID() + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[0].stepsDone")
			.asArray()
			.containsExactly(0, 1, 3);

		assertThat(this.jdbc.queryForList(
				"select passed || ':' || measured_value || ':' || steps_done from drill_result where session_id = ?"
						+ " order by id",
				String.class, session))
			.containsExactly("true:3.00:0,1,2", "false:3.00:0,2,3", "true:3.00:0,1,3");
		assertThat(this.mvc.get().uri("/sessions/{id}/log", session).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("3/4 ✓", "missed: Circulation", "every critical step and ≥ 75% of 4 steps");

		assertThatThrownBy(() -> this.rangeLog.recordCard(session, passer,
				new CardEntry(AttendanceStatus.PRESENT, Map.of(drill, java.math.BigDecimal.ONE), Map.of(),
						UUID.randomUUID()),
				admin))
			.as("a value is not how a checklist is logged")
			.hasMessage("session.error.checklistSteps");
		assertThatThrownBy(() -> this.rangeLog.recordCard(session, passer,
				new CardEntry(AttendanceStatus.PRESENT, null, null, Map.of(), Map.of(), Map.of(drill, Set.of(4)),
						UUID.randomUUID()),
				admin))
			.as("a step the checklist does not have")
			.hasMessage("session.error.valueOutOfRange");

		// a mistick corrected: the critical step was done after all
		long failed = this.jdbc.queryForObject("select id from drill_result where session_id = ? and recruit_id = ?",
				Long.class, session, failer);
		assertThat(this.mvc.get().uri("/sessions/{id}/results/{rid}/edit", session, failed).with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"correctStepsForm\"", "name=\"s2\" id=\"s2\" checked");
		assertThat(this.mvc.post()
			.uri("/sessions/{id}/results/{rid}/steps", session, failed)
			.with(user(admin))
			.with(csrf())
			.param("s0", "1")
			.param("s1", "1")
			.param("s2", "1")
			.param("s3", "1")
			.param("reason", "ticked the wrong box")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select passed || ':' || steps_done from drill_result where id = ?",
				String.class, failed))
			.isEqualTo("true:0,1,2,3");

		// signed off, the pass counts towards the qualification like any other
		this.sessions.signOff(session, this.sessions.details(session, admin).version(), admin);
		assertThat(this.readiness.ofRecruit(passer, admin).standings()).anySatisfy((q) -> {
			assertThat(q.qualificationId()).isEqualTo(qualification);
			assertThat(q.status()).isEqualTo(QualificationStatus.QUALIFIED);
		});
	}

}
