package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Sheet;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;
import org.backsheet.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The clinical review's word rules (issue 16) over every patient-facing text of the shipped catalog, the standard
 * texts and the handout labels, in every language: wording that was ambiguous or unsafe stays out
 * ({@link ClinicalCautionsTest} holds the cautions each exercise must keep).
 */
class ClinicalWordingTest {

    private final Catalog catalog = BuiltInCatalog.load();

    /** A phrase a patient could misread, and what to write instead. */
    record Ban(String language, Pattern pattern, String instead) {

        static Ban of(String language, String regex, String instead) {
            return new Ban(language, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), instead);
        }
    }

    /** The rules, kept as a table in clinical-bans.tsv beside this class. */
    static final List<Ban> BANS = loadBans();

    private static List<Ban> loadBans() {
        try (InputStream in = ClinicalWordingTest.class.getResourceAsStream("clinical-bans.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(f -> Ban.of(f[0], f[1], f[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text a patient reads, by language, with where it comes from. */
    private Map<String, String> texts(String language, boolean withNames) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Exercise e : catalog.all()) {
            ExerciseText t = e.text(language);
            if (withNames) {
                all.put(e.id() + ".name", t.name());
            }
            for (int i = 0; i < t.steps().size(); i++) {
                all.put(e.id() + ".steps[" + i + "]", t.steps().get(i));
            }
            all.put(e.id() + ".purpose", t.purpose());
            for (int i = 0; i < t.cautions().size(); i++) {
                all.put(e.id() + ".cautions[" + i + "]", t.cautions().get(i));
            }
        }
        StandardTexts s = catalog.standardTexts(language);
        for (int i = 0; i < s.advice().size(); i++) {
            all.put("advice[" + i + "]", s.advice().get(i));
        }
        for (int i = 0; i < s.avoid().size(); i++) {
            all.put("avoid[" + i + "]", s.avoid().get(i));
        }
        all.put("disclaimer", s.disclaimer());
        all.put("shortDisclaimer", s.shortDisclaimer());
        for (WarningSigns.Tier tier : s.warningSigns().tiers()) {
            all.put("warningSigns: " + tier.heading(), tier.heading());
            tier.signs().forEach(sign -> all.put("warningSigns: " + sign, sign));
        }
        Texts labels = Texts.load("org.backsheet.render.HandoutLabels", language);
        for (String key : labels.keys()) {
            if (!key.startsWith("dose.") && !key.startsWith("header.date.pattern")) {
                all.put("HandoutLabels " + key, labels.get(key, 1, 2));
            }
        }
        return all;
    }

    @Test
    void noBannedWordingInAnyLanguage() {
        List<String> found = new ArrayList<>();
        for (String language : catalog.languages()) {
            texts(language, false).forEach((where, text) -> bansHit(language, text)
                    .forEach(ban -> found.add(language + " " + where + ": \"" + text + "\" -> " + ban.instead())));
        }
        assertThat(found).as("wording the clinical review banned").isEmpty();
    }

    /** Names a patient may not know: in that language the exercise must explain them in a plain subtitle. */
    static final Map<String, Pattern> JARGON_NAMES = Map.of(
            "en",
                    Pattern.compile("(?i)hamstring|flexor|piriformis|stabili[sz]ation|pelvic|\\blat\\b|press|extension"
                            + "|rotation|sit-up|bird dog"),
            "es",
                    Pattern.compile("(?i)isquiotibiales|flexor|piramidal|estabilizaci|p[eé]lvica|jal[oó]n|prensa"
                            + "|extensi[oó]n|rotaci[oó]n|parcial"));

    @Test
    void jargonNamesHaveAPlainSubtitleThatPassesTheBans() {
        List<String> missing = new ArrayList<>();
        for (String language : catalog.languages()) {
            Pattern jargon = JARGON_NAMES.get(language);
            assertThat(jargon).as("jargon list for %s", language).isNotNull();
            for (Exercise e : catalog.all()) {
                ExerciseText t = e.text(language);
                String subtitle = t.subtitle();
                if (jargon.matcher(t.name()).find() && (subtitle == null || subtitle.isBlank())) {
                    missing.add(language + " " + e.id() + ": \"" + t.name() + "\" needs a subtitle");
                }
                if (subtitle != null && hits(language, subtitle)) {
                    missing.add(language + " " + e.id() + ".subtitle: \"" + subtitle + "\" uses banned words");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The shipped templates and samples carry their own advice: the same rules hold for it. */
    @Test
    void templatesAndSamplesFollowTheSameRules() throws Exception {
        List<String> found = new ArrayList<>();
        for (String folder : List.of("assets/templates", "samples")) {
            try (var files = Files.list(Path.of(folder))) {
                for (var file : files.filter(f -> f.toString().endsWith(SheetFiles.EXTENSION))
                        .sorted()
                        .toList()) {
                    Sheet sheet = SheetFiles.read(file);
                    String language = sheet.language() == null ? "en" : sheet.language();
                    List<String> texts = new ArrayList<>(sheet.advice() == null ? List.of() : sheet.advice());
                    sheet.items().forEach(item -> texts.add(item.note()));
                    for (String text : texts) {
                        if (hits(language, text)) {
                            found.add(file + ": \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theBansCatchWhatTheyAreFor() {
        assertThat(hits("en", "Point the toes of the straight leg up toward your head."))
                .isTrue();
        assertThat(hits("en", "Point your toes away from you.")).isFalse();
        assertThat(hits("en", "Roll your knees to the other side.")).isTrue();
        assertThat(hits("en", "Ask your therapist.")).isTrue();
        assertThat(hits("en", "Ask your physiotherapist.")).isFalse();
        assertThat(hits("es", "Mantenga, con los glúteos relajados.")).isTrue();
        assertThat(hits("es", "Mantenga la posición.")).isFalse();
        assertThat(hits("es", "Apoye el otro pie plano.")).isTrue();
    }

    private static boolean hits(String language, String text) {
        return !bansHit(language, text).isEmpty();
    }

    /** The rules of {@code language} that {@code text} breaks (none for a missing text). */
    private static List<Ban> bansHit(String language, String text) {
        return BANS.stream()
                .filter(b -> text != null
                        && b.language().equals(language)
                        && b.pattern().matcher(text).find())
                .toList();
    }

    @Test
    void stepsLeaveTheHoldTimeToTheDoseTable() {
        for (String language : catalog.languages()) {
            for (Exercise e : catalog.all()) {
                for (String step : e.text(language).steps()) {
                    assertThat(step)
                            .as("%s step of %s", language, e.id())
                            .doesNotContainPattern("(?i)(few|\\d+) seconds?|\\bsegundos?\\b|a moment|un momento");
                }
            }
        }
    }
}
