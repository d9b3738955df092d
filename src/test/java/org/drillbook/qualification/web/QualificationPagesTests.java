package org.drillbook.qualification.web;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@DrillbookIntegrationTest
class QualificationPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	private DrillbookUser admin;

	private long drill;

	@BeforeEach
	void fixtures() {
		this.admin = this.data.admin();
		this.drill = this.data.drillType();
	}

	@Test
	void anEmptyFormComesBackWithItsErrors() {
		assertThat(this.mvc.post().uri("/qualifications").with(user(this.admin)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("qualificationForm");
	}

}
