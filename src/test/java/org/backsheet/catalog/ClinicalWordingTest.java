package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

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
 * texts and the handout labels, in every language: wording that was ambiguous or unsafe stays out, and each
 * exercise keeps the cautions its movement needs.
 */
class ClinicalWordingTest {

    private final Catalog catalog = BuiltInCatalog.load();

    /** A phrase a patient could misread, and what to write instead. */
    record Ban(String language, Pattern pattern, String instead) {

        static Ban of(String language, String regex, String instead) {
            return new Ban(language, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), instead);
        }
    }

    static final List<Ban> BANS = List.of(
            Ban.of("en", "point (your|the) toes(?! away)", "'pull your toes up toward you' or 'point your toes away'"),
            Ban.of("en", "\\bthe other (side|way)\\b", "name the side: left or right"),
            Ban.of("en", "still on the floor|\\bopposite (knee|leg|arm|side)\\b", "name the side: left or right"),
            Ban.of("en", "hip-width", "'as wide apart as your hips'"),
            Ban.of("en", "\\block(s|ed)?\\b", "'keep a slight bend' (locking is jargon)"),
            Ban.of("en", "\\bon your front\\b", "'face down'"),
            Ban.of("en", "\\bsharp\\b", "'intense', as the sources say"),
            Ban.of("en", "(?<!physio)therapist|\\bPT\\b|physiotherapy", "one word for the person: physiotherapist"),
            Ban.of("en", "\\bdegrees?\\b", "describe the position, not an angle"),
            Ban.of("en", "roll up", "come up with the knees slightly bent, straightening at the hips"),
            Ban.of("en", "prevents? most|\\bwill prevent", "keep the sources' 'may'"),
            Ban.of(
                    "en",
                    "\\b(hamstrings?|piriformis|flexors?|lumbar|pelvic|glutes?|gluteal|obliques?|quadriceps|quads"
                            + "|abdominals?|lats?|stabili[sz]ation|bracing|extension)\\b",
                    "plain words (outside a name)"),
            Ban.of("es", "\\bplan[oa]s?\\b", "'apoyado' ('pie plano' reads as flat feet)"),
            Ban.of("es", "tire de las puntas", "'suba las puntas de los pies' (no hands)"),
            Ban.of("es", "algo separad", "'separados a la anchura de las caderas'"),
            Ban.of("es", "\\bagud[oa]s?\\b|\\bdolor (es )?fuerte", "'intenso', one word for the same thing"),
            Ban.of("es", "entumec", "'adormecimiento', one word for the same thing"),
            Ban.of(
                    "es",
                    "\\bMantenga(?=[,.]| y | un momento| unos segundos)|^Mantenga$",
                    "say what to hold: 'Mantenga la posición'"),
            Ban.of("es", "otro lado|lado contrario|sigue apoyad", "name the side: izquierda o derecha"),
            Ban.of("es", "(?<!fisio)terapeuta|fisioterapia", "one word for the person: fisioterapeuta"),
            Ban.of("es", "\\bgrados\\b", "describe the position, not an angle"),
            Ban.of("es", "bloque", "'sin estirar del todo'"),
            Ban.of("es", "en la silla", "'sentado' (sitting is not only on a chair)"),
            Ban.of("es", "\\b(haz|túmbate|acuéstate|siéntate|ponte|respira|mantén|tu|tus|te)\\b", "usted throughout"),
            Ban.of(
                    "es",
                    "\\b(isquiotibiales|piramidal|flexor(es)?|oblicuos|cuádriceps|estabilización|jalón)\\b",
                    "plain words (outside a name)"));

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
            texts(language, false).forEach((where, text) -> {
                for (Ban ban : BANS) {
                    if (ban.language().equals(language)
                            && text != null
                            && ban.pattern().matcher(text).find()) {
                        found.add(language + " " + where + ": \"" + text + "\" -> " + ban.instead());
                    }
                }
            });
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
                        if (text != null && hits(language, text)) {
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
        return BANS.stream()
                .anyMatch(b -> b.language().equals(language)
                        && b.pattern().matcher(text).find());
    }

    /** Exercises that bend the spine forward, and the one that arches it, each warn in every language. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        String forward = "bending forward makes your pain worse";
        String leg = "Stop if you feel tingling or pain down your leg.";
        REQUIRED.put("standing-toe-touch", List.of(forward, leg, "dizzy", "ask for an easier stretch"));
        REQUIRED.put("seated-hamstring-stretch", List.of(forward, leg));
        REQUIRED.put("partial-sit-up", List.of(forward));
        String oneLeg = "Lift and lower one leg at a time; lift both together only if that is comfortable.";
        String twist = "Skip it if twisting makes your pain worse.";
        REQUIRED.put("double-knee-to-chest", List.of(forward, oneLeg));
        REQUIRED.put("single-knee-to-chest", List.of(forward, "Hold behind your thigh"));
        REQUIRED.put("knees-to-chest-breathing", List.of(forward, oneLeg));
        REQUIRED.put("knee-rolls", List.of(forward, twist));
        REQUIRED.put("leg-twists", List.of(twist, "Stop if pain or tingling spreads down your leg."));
        REQUIRED.put("seated-spinal-twist", List.of(twist));
        REQUIRED.put("lower-back-rotation", List.of(twist));
        REQUIRED.put("back-extension-press-up", List.of("arching your back makes your pain worse"));
        REQUIRED.put("straight-leg-raise", List.of(leg));
        REQUIRED.put("towel-hamstring-stretch", List.of(leg));
        REQUIRED.put("piriformis-stretch", List.of(leg, forward));
        REQUIRED.put("wall-slide", List.of("no more than about halfway to sitting on a chair"));
        REQUIRED.put(
                "stationary-bike",
                List.of(
                        "chest pain",
                        "dizziness",
                        "shortness of breath",
                        "handrails",
                        "Start with 5 to 10 minutes",
                        "20 to 30 minutes"));
    }

    @Test
    void requiredCautionsArePresentAndTranslated() {
        REQUIRED.forEach((id, phrases) -> {
            Exercise e = catalog.find(id).orElseThrow();
            String cautions = String.join(" ", e.cautions());
            phrases.forEach(p -> assertThat(cautions).as("cautions of %s", id).contains(p));
            for (String language : catalog.languages()) {
                assertThat(e.text(language).cautions())
                        .as("%s cautions of %s", language, id)
                        .hasSameSizeAs(e.cautions());
            }
        });
    }

    /** Holding the breath while holding a position raises the strain: every exercise that holds says to breathe. */
    static final Map<String, Pattern> BREATHING_CUE = Map.of(
            "en", Pattern.compile("(?i)keep breathing|breathe"),
            "es", Pattern.compile("(?i)respir|suelte el aire"));

    @Test
    void everyHoldHasABreathingCue() {
        List<String> missing = new ArrayList<>();
        for (String language : catalog.languages()) {
            Pattern cue = BREATHING_CUE.get(language);
            assertThat(cue).as("breathing cue for %s", language).isNotNull();
            for (Exercise e : catalog.all()) {
                Integer hold = e.dose().holdSeconds();
                ExerciseText t = e.text(language);
                String all = String.join(" ", t.steps()) + " " + String.join(" ", t.cautions());
                if (hold != null && hold > 0 && !cue.matcher(all).find()) {
                    missing.add(language + " " + e.id());
                }
            }
        }
        assertThat(missing).as("exercises that hold without a breathing cue").isEmpty();
    }

    @Test
    void effortIsMadeOnTheOutBreath() {
        for (String id : List.of("partial-sit-up", "lat-pulldown")) {
            Exercise e = catalog.find(id).orElseThrow();
            assertThat(String.join(" ", e.text("en").steps())).as(id).containsIgnoringCase("breathe out as you");
            assertThat(String.join(" ", e.text("es").steps())).as(id).containsIgnoringCase("suelte el aire mientras");
        }
    }

    @Test
    void standardAdviceSaysNeverToHoldTheBreath() {
        assertThat(catalog.standardTexts("en").advice()).anyMatch(a -> a.contains("never hold your breath"));
        assertThat(catalog.standardTexts("es").advice()).anyMatch(a -> a.contains("no contenga nunca la respiración"));
    }

    @Test
    void holdsThatNeedATimeHaveOneInTheDose() {
        assertThat(catalog.find("partial-sit-up").orElseThrow().dose().holdSeconds())
                .isBetween(2, 3);
        assertThat(catalog.find("abdominal-bracing").orElseThrow().dose().holdSeconds())
                .isEqualTo(5);
    }

    /** The press-up starts on the elbows (easier); straight arms come later and only if the pain allows. */
    @Test
    void pressUpStartsOnTheElbows() {
        List<String> steps =
                catalog.find("back-extension-press-up").orElseThrow().text("en").steps();
        assertThat(steps.get(0)).contains("elbows");
        assertThat(String.join(" ", steps)).contains("only if your pain does not increase or spread");
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
