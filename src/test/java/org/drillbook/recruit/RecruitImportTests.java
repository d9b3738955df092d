package org.drillbook.recruit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.system.DrillbookIntegrationTest;
import org.drillbook.unit.UnitDetails;
import org.drillbook.unit.UnitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookIntegrationTest
class RecruitImportTests {

	private static final String HEADER = "call_sign,legal_name,date_of_birth,nationality,phone,unit_code,intake_date\n";

	@Autowired
	RecruitImport imports;

	@Autowired
	RecruitService recruits;

	@Autowired
	UnitService units;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private final DrillbookUser admin = DrillbookUser.SYSTEM;

	private String unitCode;

	private String tag;

	@BeforeEach
	void unit() {
		this.unitCode = this.units.details(this.data.unit(null), this.admin).code();
		this.tag = TestData.unique("I");
	}

	@Test
	void aGoodFileIsPreviewedWithoutWritingThenImportedWithEveryLetterIntact() {
		String csv = HEADER + this.tag + "Зубр,Алесь Каліноўскі,1994-03-25,Belarusian,+48 500 100 200," + this.unitCode
				+ ",2026-09-01\n" + this.tag + "Sokół,Łukasz Wiśniewski,1988-11-02,Polish,+48 600 200 300,"
				+ this.unitCode + ",2026-09-01\n" + this.tag + "Сокіл,\"Шевченко, Тарас\",,Ukrainian,," + this.unitCode
				+ ",2026-09-02\n";
		ImportPreview preview = this.imports.preview(csv, this.admin);
		assertThat(preview.ok()).isTrue();
		assertThat(preview.rows()).hasSize(3);
		assertThat(this.recruits.callSignTaken(this.tag + "Зубр")).isFalse();

		assertThat(this.imports.commit(csv, this.admin).ok()).isTrue();
		List<RecruitRow> imported = this.recruits
			.search(new RecruitFilter(null, null, this.tag, null),
					org.springframework.data.domain.PageRequest.of(0, 10), this.admin)
			.getContent();
		assertThat(imported).extracting(RecruitRow::callSign)
			.containsExactlyInAnyOrder(this.tag + "Зубр", this.tag + "Sokół", this.tag + "Сокіл");
		RecruitDetails zubr = this.recruits.details(
				imported.stream().filter((r) -> r.callSign().endsWith("Зубр")).findFirst().orElseThrow().id(),
				this.admin);
		assertThat(zubr.identity().legalName()).isEqualTo("Алесь Каліноўскі");
		assertThat(zubr.currentMembership().unitCode()).isEqualTo(this.unitCode);
		assertThat(zubr.status()).isEqualTo(RecruitStatus.APPLICANT);
	}

	@Test
	void everyProblemIsShownPerRowAndNothingIsWritten() {
		String taken = TestData.unique("Taken");
		this.data.recruit(taken, null);
		String csv = HEADER + this.tag + "A,Name A,1990-01-01,Polish,,NO-SUCH-UNIT,2026-09-01\n" // unknown
																									// unit
				+ this.tag + "B,Name B,1990-01-01,Polish,," + this.unitCode + ",01.09.2026\n" // bad
																								// date
				+ this.tag + "C,Name C,1990-01-01,Polish,," + this.unitCode + ",2026-09-01\n" //
				+ this.tag.toLowerCase() + "c,Name C2,1990-01-01,Polish,," + this.unitCode + ",2026-09-01\n" // dup
				+ taken.toLowerCase() + ",Name D,1990-01-01,Polish,," + this.unitCode + ",2026-09-01\n" // in
																										// db
				+ ",Name E,1990-01-01,Polish,," + this.unitCode + ",\n" // missing fields
				+ this.tag + "F,Name F,1990-01-01,Polish,," + this.unitCode + ",2026-09-01\n"; // fine
		ImportPreview preview = this.imports.commit(csv, this.admin);
		assertThat(preview.ok()).isFalse();
		assertThat(preview.rows()).hasSize(7);
		assertThat(keys(preview.rows().get(0))).containsExactly("recruit.import.error.unknownUnit");
		assertThat(keys(preview.rows().get(1))).containsExactly("recruit.import.error.date");
		assertThat(keys(preview.rows().get(2))).containsExactly("recruit.import.error.duplicateInFile");
		assertThat(keys(preview.rows().get(3))).containsExactly("recruit.import.error.duplicateInFile");
		assertThat(keys(preview.rows().get(4))).containsExactly("recruit.import.error.callSignTaken");
		assertThat(keys(preview.rows().get(5))).containsOnly("recruit.import.error.missing").hasSize(2);
		assertThat(preview.rows().get(6).ok()).isTrue();
		assertThat(preview.rows().get(0).line()).isEqualTo(2);
		assertThat(this.recruits.callSignTaken(this.tag + "F")).isFalse();
	}

	@Test
	void unitCodesMatchInAnyCaseAndAnArchivedUnitIsNotOffered() {
		long archived = this.data.unit(null);
		UnitDetails gone = this.units.details(archived, this.admin);
		this.units.archive(archived, gone.version(), this.admin);
		String csv = HEADER + this.tag + "G,Name G,1990-01-01,Polish,," + this.unitCode.toLowerCase() + ",2026-09-01\n"
				+ this.tag + "H,Name H,1990-01-01,Polish,," + gone.code() + ",2026-09-01\n";
		ImportPreview preview = this.imports.preview(csv, this.admin);
		assertThat(preview.rows().get(0).ok()).as("the code in lower case").isTrue();
		assertThat(keys(preview.rows().get(1))).containsExactly("recruit.import.error.unknownUnit");
		assertThat(this.units.activeByCode(List.of(this.unitCode.toLowerCase(), gone.code(), "NO-SUCH-UNIT")))
			.containsOnlyKeys(this.unitCode.toUpperCase());
	}

	@Test
	void aFailureWhileWritingLeavesNothingBehind() {
		String csv = HEADER + this.tag + "G,Name G,1990-01-01,Polish,," + this.unitCode + ",2026-09-01\n" + this.tag
				+ "H,Name H,1990-01-01,Polish,," + this.unitCode + ",2026-09-01\n";
		this.jdbc.execute("create or replace function refuse_" + this.tag.toLowerCase()
				+ "() returns trigger language plpgsql as $$ begin if new.call_sign = '" + this.tag
				+ "H' then raise exception 'refused'; end if; return new; end $$");
		this.jdbc.execute("create trigger refuse_" + this.tag.toLowerCase() + " before insert on recruit for each row"
				+ " execute function refuse_" + this.tag.toLowerCase() + "()");
		try {
			assertThatThrownBy(() -> this.imports.commit(csv, this.admin)).isInstanceOf(RuntimeException.class);
			assertThat(this.recruits.callSignTaken(this.tag + "G")).isFalse();
		}
		finally {
			this.jdbc.execute("drop trigger refuse_" + this.tag.toLowerCase() + " on recruit");
		}
	}

	@Test
	void badFilesAreRefusedWithAReason() {
		assertThat(fileProblem(null)).isEqualTo("recruit.import.error.encoding");
		assertThat(RecruitImport.decode(new byte[] { (byte) 0xC3, (byte) 0x28 })).isNull();
		assertThat(RecruitImport.decode("\ufeffa,b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a,b");
		assertThat(fileProblem("call_sign,legal_name\nZubr,Z\n")).isEqualTo("recruit.import.error.columns");
		assertThat(fileProblem(HEADER)).isEqualTo("recruit.import.error.empty");
		assertThat(fileProblem(HEADER + "\"unclosed,x,,,," + this.unitCode + ",2026-09-01\n"))
			.isEqualTo("recruit.import.error.malformed");
		StringBuilder huge = new StringBuilder(HEADER);
		for (int i = 0; i <= RecruitImport.MAX_ROWS; i++) {
			huge.append("R").append(i).append(",N,,,,").append(this.unitCode).append(",2026-09-01\n");
		}
		assertThat(fileProblem(huge.toString())).isEqualTo("recruit.import.error.tooManyRows");
	}

	@Test
	void onlyAdminsImport() {
		DrillbookUser instructor = this.data.instructor(this.data.unit(null));
		assertThatThrownBy(() -> this.imports.preview(HEADER, instructor)).isInstanceOf(AccessDeniedException.class);
	}

	private String fileProblem(String csv) {
		ImportPreview preview = this.imports.preview(csv, this.admin);
		assertThat(preview.ok()).isFalse();
		return preview.fileProblems().get(0).key();
	}

	private static List<String> keys(ImportRow row) {
		return row.problems().stream().map(ImportProblem::key).toList();
	}

}
