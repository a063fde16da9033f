package org.backsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle of the program speaks every language the catalog has (assets/texts/languages.txt): the same
 * keys, patterns MessageFormat can read, the same placeholders, apostrophes written as {@code ''}. Bundles are
 * found on disk, so a new one is checked without being listed here.
 */
class LanguagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Messages for the log and the command line's stderr, which speak English only. */
    private static final Set<String> ENGLISH_ONLY =
            Set.of("org/backsheet/render/RenderMessages", "org/backsheet/render/figure/FigureMessages");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".properties") && !f.contains("/themes/"))
                    .map(f -> f.substring(0, f.length() - ".properties".length()))
                    .filter(f -> !f.substring(f.lastIndexOf('/') + 1).contains("_"))
                    .sorted()
                    .toList();
        }
    }

    static List<String> languages() throws IOException {
        return Files.readAllLines(Path.of("assets/texts/languages.txt")).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyIsInEveryLanguage(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        assertThat(english).as(bundle).isNotEmpty();
        checkPatterns(bundle, english, Locale.ENGLISH);
        if (ENGLISH_ONLY.contains(bundle)) {
            return;
        }
        for (String language : languages()) {
            if (language.equals("en")) {
                continue;
            }
            Properties translated = load(bundle + "_" + language + ".properties");
            assertThat(translated.stringPropertyNames())
                    .as(bundle + "_" + language + " keys")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            checkPatterns(bundle + "_" + language, translated, Locale.forLanguageTag(language));
            for (String key : english.stringPropertyNames()) {
                assertThat(arguments(translated.getProperty(key)))
                        .as(bundle + "_" + language + " " + key + " placeholders")
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theCatalogsLanguagesHaveTheirWords(String language) {
        Texts texts = Texts.load("org.backsheet.render.HandoutLabels", language);
        assertThat(texts.locale().getLanguage()).isEqualTo(language);
    }

    private static void checkPatterns(String file, Properties texts, Locale locale) {
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            assertThat(pattern).as(file + " " + key).isNotBlank();
            // One apostrophe rule: every text is a MessageFormat pattern, so a lone ' would vanish or swallow text.
            assertThat(pattern.replace("''", ""))
                    .as(file + " " + key + ": write '' for an apostrophe")
                    .doesNotContain("'");
            try {
                new MessageFormat(pattern, locale).format(new Object[] {2, 3, 4, 5, 6});
            } catch (IllegalArgumentException e) {
                throw new AssertionError(file + " " + key + " is not a MessageFormat pattern: " + e.getMessage(), e);
            }
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** Reads a bundle file strictly as UTF-8, as ResourceBundle does; a bad byte fails here, not silently there. */
    private static Properties load(String file) throws IOException {
        Path path = RESOURCES.resolve(file);
        assertThat(path).as(file).exists();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
