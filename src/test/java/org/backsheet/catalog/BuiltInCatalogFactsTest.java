package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Level;
import org.backsheet.model.Position;
import org.backsheet.model.StandardTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped catalog keeps the contract of docs/catalog-sources.md (ids never change): every id there, in its position, with the doses the
 * source articles give, short readable steps, the standard texts, and a complete Spanish translation.
 */
class BuiltInCatalogFactsTest {

    /** The built-in ids and their positions: sheets and saved files rely on these, so they never change. */
    static final Map<String, Position> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("ankle-pumps", Position.LYING_ON_BACK);
        CONTRACT.put("heel-slides", Position.LYING_ON_BACK);
        CONTRACT.put("abdominal-bracing", Position.LYING_ON_BACK);
        CONTRACT.put("straight-leg-raise", Position.LYING_ON_BACK);
        CONTRACT.put("towel-hamstring-stretch", Position.LYING_ON_BACK);
        CONTRACT.put("wall-slide", Position.STANDING);
        CONTRACT.put("heel-raises", Position.STANDING);
        CONTRACT.put("standing-toe-touch", Position.STANDING);
        CONTRACT.put("seated-hamstring-stretch", Position.SITTING);
        CONTRACT.put("stationary-bike", Position.SITTING);
        CONTRACT.put("walking-breaks", Position.STANDING);
        CONTRACT.put("leg-press", Position.SITTING);
        CONTRACT.put("lat-pulldown", Position.SITTING);
        CONTRACT.put("knees-to-chest-breathing", Position.LYING_ON_BACK);
        CONTRACT.put("hip-flexor-stretch", Position.KNEELING);
        CONTRACT.put("piriformis-stretch", Position.LYING_ON_BACK);
        CONTRACT.put("swiss-ball-stabilization", Position.SITTING);
        CONTRACT.put("pelvic-tilt", Position.LYING_ON_BACK);
        CONTRACT.put("single-knee-to-chest", Position.LYING_ON_BACK);
        CONTRACT.put("double-knee-to-chest", Position.LYING_ON_BACK);
        CONTRACT.put("lower-back-rotation", Position.LYING_ON_BACK);
        CONTRACT.put("partial-sit-up", Position.LYING_ON_BACK);
        CONTRACT.put("hip-lift", Position.LYING_ON_BACK);
        CONTRACT.put("bridging", Position.LYING_ON_BACK);
        CONTRACT.put("leg-twists", Position.LYING_ON_BACK);
        CONTRACT.put("seated-spinal-twist", Position.SITTING);
        CONTRACT.put("bird-dog", Position.HANDS_AND_KNEES);
        CONTRACT.put("back-extension-press-up", Position.LYING_ON_FRONT);
        CONTRACT.put("knee-rolls", Position.LYING_ON_BACK);
    }

    /** A step a patient in pain can take in at a glance. */
    private static final int MAX_STEP_LENGTH = 160;

    private final Catalog catalog = BuiltInCatalog.load();

    private Exercise exercise(String id) {
        return catalog.find(id).orElseThrow(() -> new AssertionError("missing built-in exercise " + id));
    }

    private Dose dose(String id) {
        return exercise(id).dose();
    }

    @Test
    void everyContractIdIsThereInItsPosition() {
        assertThat(CONTRACT).hasSize(29);
        CONTRACT.forEach((id, position) ->
                assertThat(exercise(id).position()).as("position of %s", id).isEqualTo(position));
    }

    @Test
    void theCatalogOpensWithGentleExercisesLyingOnTheBack() {
        assertThat(catalog.all().get(0).position()).isEqualTo(Position.LYING_ON_BACK);
        assertThat(catalog.all().get(0).level()).isEqualTo(Level.BASIC);
    }

    @Test
    void theAdvancedProgramAndTheMachinesAreMarkedAdvanced() {
        for (String id : new String[] {
            "hip-flexor-stretch", "piriformis-stretch", "swiss-ball-stabilization", "leg-press", "lat-pulldown"
        }) {
            assertThat(exercise(id).level()).as(id).isEqualTo(Level.ADVANCED);
        }
        assertThat(exercise("bridging").level()).isEqualTo(Level.BASIC);
    }

    @Test
    void bridgeHoldsEightToTenSecondsEightTimes() {
        assertThat(dose("bridging").holdSeconds()).isBetween(8, 10);
        assertThat(dose("bridging").reps()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leg-twists", "seated-spinal-twist", "bird-dog"})
    void twistsAndBirdDogHoldEightToTenSecondsFourToFiveTimesEachSide(String id) {
        assertThat(dose(id).holdSeconds()).as(id).isBetween(8, 10);
        assertThat(dose(id).reps()).as(id).isBetween(4, 5);
        assertThat(dose(id).isPerSide()).as(id).isTrue();
    }

    @Test
    void pressUpIsRepeatedSixTimes() {
        assertThat(dose("back-extension-press-up").reps()).isEqualTo(6);
        assertThat(dose("back-extension-press-up").holdSeconds()).isBetween(8, 10);
    }

    @Test
    void wallSlideHoldsFiveSecondsTenTimes() {
        assertThat(dose("wall-slide").holdSeconds()).isEqualTo(5);
        assertThat(dose("wall-slide").reps()).isEqualTo(10);
    }

    @Test
    void straightLegRaiseIsTenTimesEachSide() {
        assertThat(dose("straight-leg-raise").reps()).isEqualTo(10);
        assertThat(dose("straight-leg-raise").isPerSide()).isTrue();
    }

    @Test
    void bikeRunsTwentyToThirtyMinutes() {
        assertThat(dose("stationary-bike").minutes()).isBetween(20, 30);
    }

    @Test
    void kneeRollsHoldFiveSecondsFourToFiveTimes() {
        assertThat(dose("knee-rolls").holdSeconds()).isEqualTo(5);
        assertThat(dose("knee-rolls").reps()).isBetween(4, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ankle-pumps", "heel-slides", "abdominal-bracing", "heel-raises"})
    void atLeastTenTimesMeansTen(String id) {
        assertThat(dose(id).reps()).as(id).isEqualTo(10);
    }

    @Test
    void everyExerciseHasThreeToSixShortStepsAPurposeAndCautions() {
        for (Exercise e : catalog.all()) {
            assertThat(e.steps()).as("steps of %s", e.id()).hasSizeBetween(3, 6).allSatisfy(step -> assertThat(step)
                    .isNotBlank()
                    .hasSizeLessThan(MAX_STEP_LENGTH));
            assertThat(e.purpose()).as("purpose of %s", e.id()).isNotBlank();
            // up to five: a safety caution (issue 16) is never dropped to keep the list short
            assertThat(e.cautions()).as("cautions of %s", e.id()).hasSizeBetween(1, 5);
            assertThat(e.kind()).as("kind of %s", e.id()).isNotNull();
            assertThat(e.targets()).as("targets of %s", e.id()).isNotEmpty();
            assertThat(e.dose().isEmpty()).as("dose of %s is empty", e.id()).isFalse();
        }
    }

    @Test
    void englishStandardTextsAreComplete() {
        StandardTexts en = catalog.standardTexts("en");
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.advice()).hasSizeBetween(6, 12);
        assertThat(en.avoid()).hasSize(4);
        assertThat(en.disclaimer()).containsIgnoringCase("doctor");
        assertThat(en.warningSigns().emergency().signs())
                .anyMatch(s -> s.contains("pee"))
                .anyMatch(s -> s.contains("Numbness"));
        assertThat(en.shortDisclaimer()).isNotBlank().hasSizeLessThanOrEqualTo(90);
    }

    @Test
    void spanishStandardTextsAreComplete() {
        assertThat(catalog.languages()).contains("en", "es");
        StandardTexts es = catalog.standardTexts("es");
        assertThat(es.language()).isEqualTo("es");
        assertThat(es.advice()).hasSameSizeAs(catalog.standardTexts("en").advice());
        assertThat(es.avoid()).hasSize(4);
        assertThat(es.disclaimer()).contains("médico");
        assertThat(es.warningSigns().emergency().signs())
                .hasSameSizeAs(
                        catalog.standardTexts("en").warningSigns().emergency().signs());
        assertThat(es.warningSigns().doctorSoon().signs())
                .hasSameSizeAs(
                        catalog.standardTexts("en").warningSigns().doctorSoon().signs());
        assertThat(es.shortDisclaimer()).isNotBlank().hasSizeLessThanOrEqualTo(90);
    }

    @Test
    void everyExerciseHasACompleteSpanishTranslation() {
        for (Exercise e : catalog.all()) {
            ExerciseText es = e.translations().get("es");
            assertThat(es).as("Spanish text of %s", e.id()).isNotNull();
            assertThat(es.name()).as("Spanish name of %s", e.id()).isNotBlank();
            assertThat(es.steps())
                    .as("Spanish steps of %s", e.id())
                    .hasSameSizeAs(e.steps())
                    .allSatisfy(step -> assertThat(step).isNotBlank().hasSizeLessThan(MAX_STEP_LENGTH))
                    .doesNotContainAnyElementsOf(e.steps());
            assertThat(es.purpose())
                    .as("Spanish purpose of %s", e.id())
                    .isNotBlank()
                    .isNotEqualTo(e.purpose());
            assertThat(es.cautions()).as("Spanish cautions of %s", e.id()).hasSameSizeAs(e.cautions());
        }
    }
}
