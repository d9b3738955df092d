package org.drillbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.drill.StandardKind;
import org.drillbook.recruit.RecruitFilter;
import org.drillbook.system.PlausibleDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message keys that no template spells out, because they are built while the application
 * runs: labels of enum values ({@code RecruitStatus.IN_TRAINING}), audit actions, record
 * types and fields, and keys that the code hands around (exceptions, flash messages,
 * notes). Each must exist in all four languages; a new enum, action or key without its
 * labels fails here.
 */
class RuntimeKeysTests {

	private static final Path JAVA = Path.of("src/main/java");

	/**
	 * Enums that people never read by name: record types are labelled by their code, date
	 * ranges by their days.
	 */
	private static final Set<Class<?>> NOT_LABELLED = Set.of(AuditRecordType.class, PlausibleDates.class);

	/**
	 * Enums never shown on a page: why the start-up could not reach the database (a log
	 * line), and when the embedded database is used (a setting).
	 */
	private static final Set<String> NOT_LABELLED_NAMES = Set.of("org.drillbook.system.DatabaseBootstrap$Failure",
			"org.drillbook.system.EmbeddedDatabase$Mode");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A template building a key: {@code #{'Prefix.' + ${...}}}. */
	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([\\w.-]+\\.)' *\\+");

	/** A field named in an audit event's details. */
	private static final Pattern AUDIT_FIELD = Pattern.compile("\\.(?:set|change|masked)\\(\"(\\w+)\"");

	/** A string in the code that has the shape of a message key. */
	private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z][\\w-]*)+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "uk", "be" })
	void everyValueOfEveryEnumHasALabel(String language) throws IOException {
		Set<String> keys = keys(language);
		List<String> missing = new ArrayList<>();
		for (Class<?> type : enums()) {
			for (Object value : type.getEnumConstants()) {
				String key = type.getSimpleName() + "." + ((Enum<?>) value).name();
				if (!keys.contains(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).as("enum labels missing in %s", language).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "uk", "be" })
	void everyAuditRecordTypeAndFieldHasALabel(String language) throws IOException {
		Set<String> keys = keys(language);
		Set<String> wanted = new TreeSet<>();
		for (AuditRecordType type : AuditRecordType.values()) {
			wanted.add("audit.entity." + type.code());
		}
		for (String field : matches(javaSources(), AUDIT_FIELD)) {
			wanted.add("audit.field." + field);
		}
		assertThat(wanted).hasSizeGreaterThan(40);
		wanted.removeAll(keys);
		assertThat(wanted).as("audit labels missing in %s", language).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "uk", "be" })
	void everyKeyTheCodeHandsAroundExists(String language) throws IOException {
		Set<String> keys = keys(language);
		Set<String> namespaces = keys.stream()
			.filter((k) -> k.indexOf('.') > 0 && Character.isLowerCase(k.charAt(0)))
			.map((k) -> k.substring(0, k.indexOf('.') + 1))
			.collect(Collectors.toSet());
		Set<String> missing = new TreeSet<>();
		Set<String> found = new TreeSet<>();
		for (String literal : matches(javaSources(), KEY_LITERAL)) {
			if (namespaces.stream().anyMatch(literal::startsWith) && !literal.endsWith(".")) {
				found.add(literal);
				if (!keys.contains(literal)) {
					missing.add(literal);
				}
			}
		}
		assertThat(found).hasSizeGreaterThan(50);
		assertThat(missing).as("keys used in the code but missing in %s", language).isEmpty();
	}

	/**
	 * Every key a template builds starts with a prefix whose values this test knows: an
	 * enum's labels, or one of the few lists below, each checked.
	 */
	@Test
	void everyKeyBuiltInATemplateIsCovered() throws IOException {
		Set<String> enumPrefixes = enums().stream().map((e) -> e.getSimpleName() + ".").collect(Collectors.toSet());
		Set<String> english = keys("en");
		Set<String> covered = new TreeSet<>(enumPrefixes);
		covered.add("audit.entity.");
		checkAll(english, "locale.", List.of("en", "pl", "uk", "be"));
		covered.add("locale.");
		checkAll(english, "recruit.sort.", RecruitFilter.SORTS);
		covered.add("recruit.sort.");
		checkAll(english, "session.value.",
				Stream.of(StandardKind.values()).filter((s) -> s != StandardKind.PASS_FAIL).map(Enum::name).toList());
		covered.add("session.value.");
		StringBuilder templates = new StringBuilder();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".html")).toList()) {
				templates.append(Files.readString(file));
			}
		}
		Set<String> built = matches(templates.toString(), DYNAMIC_KEY);
		assertThat(built).isNotEmpty();
		assertThat(built).as("prefixes of keys built in templates").isSubsetOf(covered);
	}

	private static void checkAll(Set<String> keys, String prefix, List<String> values) {
		for (String value : values) {
			assertThat(keys).as("labels of %s", prefix).contains(prefix + value);
		}
	}

	/** The enums of the application. */
	private static List<Class<?>> enums() {
		List<Class<?>> enums = new ArrayList<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.drillbook")) {
			if (type.isEnum() && !NOT_LABELLED.contains(type.reflect())
					&& !NOT_LABELLED_NAMES.contains(type.getName())) {
				enums.add(type.reflect());
			}
		}
		assertThat(enums).hasSizeGreaterThan(10);
		return enums;
	}

	private static String javaSources() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				all.append(Files.readString(file));
			}
		}
		return all.toString();
	}

	private static Set<String> matches(String text, Pattern pattern) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Set<String> keys(String language) throws IOException {
		return MessagesTests
			.keys(language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");
	}

}
