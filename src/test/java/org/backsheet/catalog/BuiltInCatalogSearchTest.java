package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Position;
import org.junit.jupiter.api.Test;

/** Searches a clinician would type against the shipped catalog, in English and Spanish. */
class BuiltInCatalogSearchTest {

    private final Catalog catalog = BuiltInCatalog.load();
    private final ExerciseSearch search = new ExerciseSearch();

    private List<String> ids(ExerciseQuery query, String language) {
        return search.search(catalog, query, language).stream()
                .map(Exercise::id)
                .toList();
    }

    @Test
    void hamstringFindsTheThreeHamstringStretchesFirst() {
        List<String> found = ids(ExerciseQuery.forText("hamstring"), "en");
        assertThat(found.subList(0, 3))
                .containsExactlyInAnyOrder("towel-hamstring-stretch", "seated-hamstring-stretch", "standing-toe-touch");
    }

    @Test
    void spanishWordsFindSpanishTextsWithOrWithoutAccents() {
        assertThat(ids(ExerciseQuery.forText("puente"), "es")).first().isEqualTo("bridging");
        assertThat(ids(ExerciseQuery.forText("isquiotibiales"), "es"))
                .contains("towel-hamstring-stretch", "seated-hamstring-stretch", "standing-toe-touch");
        assertThat(ids(ExerciseQuery.forText("ACUESTESE boca abajo"), "es")).containsExactly("back-extension-press-up");
        assertThat(ids(ExerciseQuery.forText("rodillas pecho"), "es"))
                .contains("knees-to-chest-breathing", "double-knee-to-chest", "knee-rolls");
    }

    @Test
    void aTowelOrAChairFindsWhatNeedsThem() {
        assertThat(ids(ExerciseQuery.ALL.withEquipment(Equipment.TOWEL), "en"))
                .containsExactly("towel-hamstring-stretch");
        assertThat(ids(ExerciseQuery.ALL.withEquipment(Equipment.EXERCISE_MACHINE), "en"))
                .containsExactlyInAnyOrder("leg-press", "lat-pulldown");
    }

    @Test
    void lowerBackStretchesLyingDownAreAllLyingStretches() {
        List<Exercise> found = search.search(
                catalog,
                ExerciseQuery.forText("lower back")
                        .withKinds(ExerciseKind.STRETCH)
                        .withPositions(Position.LYING_ON_BACK),
                "en");
        assertThat(found).extracting(Exercise::id).contains("lower-back-rotation", "single-knee-to-chest");
        assertThat(found).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ExerciseKind.STRETCH);
            assertThat(e.position()).isEqualTo(Position.LYING_ON_BACK);
        });
    }
}
