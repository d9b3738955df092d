package org.drillbook.audit.web;

import java.time.Instant;
import java.util.List;

import org.drillbook.audit.AuditChainReport;
import org.drillbook.audit.AuditChainReport.ChainBreak;
import org.drillbook.audit.AuditChainReport.Link;
import org.drillbook.audit.AuditService;
import org.drillbook.system.DrillbookWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What the verification page says about each kind of break, in every language. */
@DrillbookWebTest(AuditController.class)
@Import(AuditText.class)
class AuditChainPageTests {

	private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditService audit;

	@Test
	void everyBreakIsNamedWithItsPlaceAndEventInEveryLanguage() {
		Link at = new Link(42, 4711L, Instant.parse("2026-11-30T09:15:00Z"), "WEAPON_ISSUED");
		for (ChainBreak problem : ChainBreak.values()) {
			given(this.audit.verifyChain()).willReturn(new AuditChainReport(41, 57, HASH, problem, at));
			for (String lang : List.of("en", "pl", "uk", "be")) {
				assertThat(this.mvc.post()
					.uri("/audit/chain?lang=" + lang)
					.with(user("chief").roles("ADMIN"))
					.with(csrf())).hasStatusOk()
					.bodyText()
					.contains("id=\"chainBroken\"", "4711", "57", HASH)
					.doesNotContain("??", "id=\"chainIntact\"");
			}
		}
		given(this.audit.verifyChain()).willReturn(new AuditChainReport(41, 57, HASH, ChainBreak.CHANGED, at));
		assertThat(this.mvc.post().uri("/audit/chain?lang=en").with(user("chief").roles("ADMIN")).with(csrf()))
			.bodyText()
			.contains("broken at link 42", "Event 4711", "Weapon issued", "The 41 links before it are intact");
	}

	@Test
	void aForgedActionIsShownAsItIs() {
		given(this.audit.verifyChain()).willReturn(new AuditChainReport(0, 1, HASH, ChainBreak.OUTSIDE,
				new Link(0, 9L, Instant.parse("2026-11-30T09:15:00Z"), "<b>NOTHING_TO_SEE</b>")));
		assertThat(this.mvc.post().uri("/audit/chain").with(user("chief").roles("ADMIN")).with(csrf())).bodyText()
			.contains("&lt;b&gt;NOTHING_TO_SEE&lt;/b&gt;");
	}

	@Test
	void anIntactTrailSaysSoAndShowsTheNewestLink() {
		given(this.audit.verifyChain()).willReturn(new AuditChainReport(987, 987, HASH, null, null));
		assertThat(this.mvc.post().uri("/audit/chain?lang=uk").with(user("chief").roles("ADMIN")).with(csrf()))
			.bodyText()
			.contains("id=\"chainIntact\"", "Журнал подій цілісний", "987", HASH)
			.doesNotContain("id=\"chainBroken\"");
	}

}
