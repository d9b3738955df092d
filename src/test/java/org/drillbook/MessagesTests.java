package org.drillbook;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees comes from the message bundles, complete in all four languages.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text a template may hold outside th:text: punctuation and symbols, no words. */
	private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

	private static final Pattern TAG_WITH_TEXT_ATTRIBUTE = Pattern
		.compile("(<\\w+[^>]*\\s(?:th:text|th:utext|th:errors|sec:authentication)=[^>]*>)[^<]*");

	/** Words that a language writes as English does. */
	private static final Set<String> SAME_WORD = Set.of("pl:recruit.field.status", "pl:recruit.sort.status",
			"pl:audit.field.status", "pl:audit.field.format", "pl:audit.field.token", "pl:session.standard.TIME",
			"pl:ammo.plan");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

	@ParameterizedTest
	@ValueSource(strings = { "pl", "uk", "be" })
	void everyLanguageHasEveryKey(String language) throws IOException {
		Set<String> english = keys("messages.properties");
		Set<String> other = keys("messages_" + language + ".properties");
		assertThat(other).as("keys of messages_%s.properties", language).containsExactlyInAnyOrderElementsOf(english);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pl", "uk", "be" })
	void translationsAreNotLeftInEnglish(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties other = load("messages_" + language + ".properties");
		List<String> same = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			String value = english.getProperty(key);
			if (value.equals(other.getProperty(key)) && !key.startsWith("locale.") && !key.equals("app.name")
					&& !value.matches("[A-Z]{2,5}") && !SAME_WORD.contains(language + ":" + key)) {
				same.add(key);
			}
		}
		assertThat(same).as("keys still in English in messages_%s.properties", language).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = stripped(Files.readString(template));
			Matcher text = Pattern.compile(">([^<]+)<").matcher(html);
			while (text.find()) {
				if (WORDS.matcher(text.group(1)).find()) {
					offenders.add(TEMPLATES.relativize(template) + ": " + text.group(1).strip());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> english = keys("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!english.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * The template without comments, scripts and the placeholder text of th:text
	 * elements.
	 */
	private static String stripped(String html) {
		String s = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("=\"[^\"]*\"", "=\"\"")
			.replaceAll("='[^']*'", "=''");
		return TAG_WITH_TEXT_ATTRIBUTE.matcher(s).replaceAll("$1");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).toList();
		}
	}

	static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources").resolve(bundle)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
