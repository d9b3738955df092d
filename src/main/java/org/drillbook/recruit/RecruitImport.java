package org.drillbook.recruit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.unit.UnitOption;
import org.drillbook.system.LocalizedDates;
import org.drillbook.system.PlausibleDates;
import org.drillbook.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.recruit.internal.RecruitRepository;

/**
 * Imports recruits from CSV: a preview that writes nothing, then a commit that takes in
 * every row or none. The file is checked again at commit, as the database may have
 * changed.
 */
@Service
public class RecruitImport {

	public static final List<String> COLUMNS = List.of("call_sign", "legal_name", "date_of_birth", "nationality",
			"phone", "unit_code", "intake_date");

	public static final int MAX_ROWS = 2000;

	private final EnlistmentService enlistments;

	private final RecruitRepository repository;

	private final UnitService units;

	private final LocalizedDates dates;

	RecruitImport(EnlistmentService enlistments, RecruitRepository repository, UnitService units,
			LocalizedDates dates) {
		this.dates = dates;
		this.enlistments = enlistments;
		this.repository = repository;
		this.units = units;
	}

	/** Decodes an uploaded file; null when it is not UTF-8. */
	public static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\ufeff") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(String csv, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (csv == null) {
			return refused("recruit.import.error.encoding");
		}
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(new StringReader(csv),
				CSVFormat.Builder.create(CSVFormat.DEFAULT)
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true)
					.setTrim(true)
					.setIgnoreHeaderCase(true)
					.get())) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			List<String> missing = COLUMNS.stream().filter((c) -> !header.contains(c)).toList();
			if (!missing.isEmpty()) {
				return refused("recruit.import.error.columns", String.join(", ", missing));
			}
			records = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (records.size() == MAX_ROWS) {
					return refused("recruit.import.error.tooManyRows", MAX_ROWS);
				}
				records.add(record);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return refused("recruit.import.error.malformed");
		}
		if (records.isEmpty()) {
			return refused("recruit.import.error.empty");
		}
		return check(records);
	}

	/**
	 * Takes in every row of the file, or none when any row has a problem.
	 * @return the preview; {@link ImportPreview#ok()} tells whether the rows were taken
	 * in
	 */
	@Transactional
	public ImportPreview commit(String csv, DrillbookUser actor) {
		ImportPreview preview = preview(csv, actor);
		if (!preview.ok()) {
			return preview;
		}
		List<Enlistment> enlistments = preview.rows()
			.stream()
			.map((r) -> new Enlistment(r.callSign(), LocalDate.parse(r.intakeDate()),
					new IdentityDetails(r.legalName(), blankOrDate(r.dateOfBirth()), r.nationality(), r.phone(), null,
							null),
					r.unitCode(), Position.MEMBER, RecruitStatus.APPLICANT))
			.toList();
		this.enlistments.enlistAll(enlistments, actor.getUsername());
		return preview;
	}

	private ImportPreview check(List<CSVRecord> records) {
		Set<String> codes = new HashSet<>();
		for (CSVRecord record : records) {
			String code = value(record, "unit_code");
			if (!code.isEmpty()) {
				codes.add(code);
			}
		}
		Map<String, UnitOption> unitsByCode = this.units.activeByCode(codes);
		Set<String> inFile = new HashSet<>();
		Set<String> duplicatesInFile = new HashSet<>();
		for (CSVRecord record : records) {
			String callSign = value(record, "call_sign").toLowerCase(Locale.ROOT);
			if (!callSign.isEmpty() && !inFile.add(callSign)) {
				duplicatesInFile.add(callSign);
			}
		}
		Set<String> taken = new HashSet<>(this.repository.takenCallSigns(inFile.isEmpty() ? Set.of("") : inFile));
		List<ImportRow> rows = new ArrayList<>(records.size());
		for (CSVRecord record : records) {
			rows.add(row(record, unitsByCode, duplicatesInFile, taken, this.dates.today()));
		}
		return new ImportPreview(rows, List.of());
	}

	private static ImportRow row(CSVRecord record, Map<String, UnitOption> unitsByCode, Set<String> duplicatesInFile,
			Set<String> taken, LocalDate today) {
		List<ImportProblem> problems = new ArrayList<>();
		String callSign = value(record, "call_sign");
		String legalName = value(record, "legal_name");
		String dateOfBirth = value(record, "date_of_birth");
		String nationality = value(record, "nationality");
		String phone = value(record, "phone");
		String unitCode = value(record, "unit_code");
		String intakeDate = value(record, "intake_date");
		if (!record.isConsistent()) {
			problems.add(ImportProblem.of("recruit.import.error.fieldCount"));
		}
		required(problems, callSign, "call_sign");
		required(problems, legalName, "legal_name");
		required(problems, unitCode, "unit_code");
		required(problems, intakeDate, "intake_date");
		if (callSign.length() > 40 || callSign.matches(".*[<>\"].*")) {
			problems.add(ImportProblem.of("recruit.import.error.callSignInvalid"));
		}
		if (duplicatesInFile.contains(callSign.toLowerCase(Locale.ROOT))) {
			problems.add(ImportProblem.of("recruit.import.error.duplicateInFile", callSign));
		}
		if (taken.contains(callSign.toLowerCase(Locale.ROOT))) {
			problems.add(ImportProblem.of("recruit.import.error.callSignTaken", callSign));
		}
		if (!unitCode.isEmpty() && !unitsByCode.containsKey(unitCode.toUpperCase(Locale.ROOT))) {
			problems.add(ImportProblem.of("recruit.import.error.unknownUnit", unitCode));
		}
		date(problems, intakeDate, "intake_date", PlausibleDates.INTAKE, today);
		date(problems, dateOfBirth, "date_of_birth", PlausibleDates.BIRTH, today);
		if (legalName.length() > 200 || nationality.length() > 80 || phone.length() > 40) {
			problems.add(ImportProblem.of("recruit.import.error.tooLong"));
		}
		if (!phone.matches("[0-9+()\\- ]*")) {
			problems.add(ImportProblem.of("recruit.import.error.phone", phone));
		}
		return new ImportRow((int) record.getRecordNumber() + 1, callSign, legalName, dateOfBirth, nationality, phone,
				unitCode, intakeDate, problems);
	}

	private static void required(List<ImportProblem> problems, String value, String column) {
		if (value.isEmpty()) {
			problems.add(ImportProblem.of("recruit.import.error.missing", column));
		}
	}

	private static void date(List<ImportProblem> problems, String value, String column, PlausibleDates range,
			LocalDate today) {
		if (!value.isEmpty()) {
			try {
				if (!range.contains(LocalDate.parse(value), today)) {
					problems.add(ImportProblem.of("recruit.import.error.dateRange", column, value,
							range.earliest(today).toString(), range.latest(today).toString()));
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(ImportProblem.of("recruit.import.error.date", column, value));
			}
		}
	}

	private static LocalDate blankOrDate(String value) {
		return value.isEmpty() ? null : LocalDate.parse(value);
	}

	private static String value(CSVRecord record, String column) {
		String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
		return (value != null) ? value.strip() : "";
	}

	private static ImportPreview refused(String key, Object... args) {
		return new ImportPreview(List.of(), List.of(ImportProblem.of(key, args)));
	}

}
