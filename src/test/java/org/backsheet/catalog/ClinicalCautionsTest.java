package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.junit.jupiter.api.Test;

/**
 * The clinical review's cautions (issue 16): each shipped exercise keeps the warnings its movement needs, in
 * every language, and holds come with a cue to keep breathing.
 */
class ClinicalCautionsTest {

    private final Catalog catalog = BuiltInCatalog.load();

    /** Exercises that bend the spine forward, and the one that arches it, each warn in every language. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        String forward = "bending forward makes your pain worse";
        String leg = "Stop if you feel tingling or pain down your leg.";
        REQUIRED.put("standing-toe-touch", List.of(forward, leg, "ask for an easier stretch"));
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
                        "call your local emergency number",
                        "dizzy",
                        "out of breath",
                        "Keep to the minutes given",
                        "20 to 30 minutes"));
    }

    /** The treadmill's handrails are named in the step that puts the reader on it, not in a caution after it. */
    @Test
    void theTreadmillStepSaysToHoldTheHandrails() {
        Exercise bike = catalog.find("stationary-bike").orElseThrow();
        assertThat(bike.text("en").steps()).anyMatch(s -> s.contains("treadmill") && s.contains("handrails"));
        assertThat(bike.text("es").steps()).anyMatch(s -> s.contains("cinta") && s.contains("barras"));
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

    /**
     * What makes the exercise safe to start (something steady to hold, chairs that cannot slide) is the first
     * step, in every language, not a caution at the end: a patient reader was already bending forward before she
     * reached it.
     */
    static final Map<String, String> SET_UP_FIRST = Map.of(
            "standing-toe-touch", "something steady",
            "seated-hamstring-stretch", "neither chair can slide");

    @Test
    void theSafeSetUpIsTheFirstStep() {
        SET_UP_FIRST.forEach((id, phrase) -> {
            Exercise e = catalog.find(id).orElseThrow();
            assertThat(e.steps().get(0)).as("first step of %s", id).contains(phrase);
            assertThat(String.join(" ", e.cautions())).as("cautions of %s", id).doesNotContain(phrase);
            for (String language : catalog.languages()) {
                assertThat(e.text(language).steps())
                        .as("%s steps of %s", language, id)
                        .hasSameSizeAs(e.steps());
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

    /**
     * The dose on the sheet says how long to start with (and the daily plan adds its minutes up): a caution that
     * named its own starting time ("Start with 5 to 10 minutes" beside a dose of 10) contradicted it.
     */
    static final Map<String, Pattern> OWN_STARTING_TIME = Map.of(
            "en", Pattern.compile("(?i)\\bstart (with|at) (about )?\\d"),
            "es", Pattern.compile("(?i)\\bempiece (con|por) (unos )?\\d"));

    @Test
    void noCautionNamesAStartingTimeOfItsOwn() {
        List<String> found = new ArrayList<>();
        for (String language : catalog.languages()) {
            Pattern own = OWN_STARTING_TIME.get(language);
            assertThat(own).as("starting-time pattern for %s", language).isNotNull();
            for (Exercise e : catalog.all()) {
                e.text(language).cautions().stream()
                        .filter(c -> own.matcher(c).find())
                        .forEach(c -> found.add(language + " " + e.id() + ": " + c));
            }
        }
        assertThat(found).as("cautions that set their own starting time").isEmpty();
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
}
