package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.Target;
import org.backsheet.model.WarningSigns;
import org.backsheet.testdata.Exercises;
import org.junit.jupiter.api.Test;

class ExerciseSearchTest {

    private static final StandardTexts EN = StandardTexts.builder("en")
            .advice(List.of())
            .avoid(List.of())
            .disclaimer("See a doctor.")
            .shortDisclaimer("Doctor.")
            .warningSigns(new WarningSigns(
                    new WarningSigns.Tier("Now:", List.of("Sign.")), new WarningSigns.Tier("Soon:", List.of("Sign."))))
            .build();

    private final ExerciseSearch search = new ExerciseSearch();

    /** Six exercises whose words and facts the tests below search (test resources, search/*.exercise.json). */
    private static final List<Exercise> SIX = Exercises.fromFiles(
            ExerciseSearchTest.class,
            "search/bridging",
            "search/knee-rolls",
            "search/knees-to-chest",
            "search/towel-hamstring-stretch",
            "search/bird-dog",
            "search/leg-press");

    /** An exercise that is only its words: the tests that use it search text, not facts. */
    private static Exercise exercise(String id, String name, Position position, String step) {
        return Exercise.builder(id, name)
                .position(position)
                .kind(ExerciseKind.STRETCH)
                .steps(List.of(step))
                .build();
    }

    private static Catalog catalog(Exercise... exercises) {
        return new Catalog(List.of(exercises), Map.of("en", EN));
    }

    private static final Catalog CATALOG = new Catalog(SIX, Map.of("en", EN));

    private List<String> ids(ExerciseQuery query, String language) {
        return search.search(CATALOG, query, language).stream()
                .map(Exercise::id)
                .toList();
    }

    private List<String> ids(String text) {
        return ids(ExerciseQuery.forText(text), "en");
    }

    @Test
    void emptyQueryGivesTheWholeCatalogInOrder() {
        assertThat(ids(ExerciseQuery.ALL, "en"))
                .containsExactly(
                        "bridging", "knee-rolls", "knees-to-chest", "towel-hamstring-stretch", "bird-dog", "leg-press");
        assertThat(ids("   ")).hasSize(6);
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertThat(ids("knee chest")).containsExactly("knees-to-chest", "knee-rolls");
        assertThat(ids("knee towel")).isEmpty();
    }

    @Test
    void wordsMatchAtTheStartOfAWordSoPartialTypingWorks() {
        assertThat(ids("ham")).containsExactly("towel-hamstring-stretch");
        // "arm" is inside "warm" (towel steps) but only starts a word in the bird dog's steps.
        assertThat(ids("arm")).containsExactly("bird-dog");
    }

    @Test
    void caseAndAccentsAreIgnored() {
        assertThat(ids(ExerciseQuery.forText("GLÚTEOS"), "es")).containsExactly("bridging");
        assertThat(ids(ExerciseQuery.forText("gluteos"), "es")).containsExactly("bridging");
        assertThat(ids(ExerciseQuery.forText("túmbese"), "es")).containsExactly("bridging");
        assertThat(ids("BRIDGE")).containsExactly("bridging");
    }

    @Test
    void translatedAndOriginalNamesAreBothFound() {
        assertThat(ids(ExerciseQuery.forText("puente"), "es")).containsExactly("bridging");
        assertThat(ids(ExerciseQuery.forText("bridge"), "es")).containsExactly("bridging");
        // The Spanish text is not searched on an English sheet.
        assertThat(ids("puente")).isEmpty();
    }

    @Test
    void targetsAreFoundByTheirPlainWords() {
        assertThat(ids("lower back")).containsExactly("knees-to-chest");
        assertThat(ids("hamstrings")).containsExactly("towel-hamstring-stretch");
        assertThat(ids("quadriceps")).containsExactly("leg-press");
        // On a Spanish sheet the Spanish words work, accents or not, and the English ones still do.
        assertThat(ids(ExerciseQuery.forText("isquiotibiales"), "es")).containsExactly("towel-hamstring-stretch");
        assertThat(ids(ExerciseQuery.forText("cuadriceps"), "es")).containsExactly("leg-press");
        assertThat(ids(ExerciseQuery.forText("hamstrings"), "es")).containsExactly("towel-hamstring-stretch");
    }

    @Test
    void idsAndFactsAreFound() {
        assertThat(ids("bird-dog")).containsExactly("bird-dog");
        assertThat(ids("towel-hamstring")).containsExactly("towel-hamstring-stretch");
        assertThat(ids("machine")).containsExactly("leg-press");
        assertThat(ids("advanced")).containsExactly("leg-press");
    }

    @Test
    void nameMatchesComeBeforeOtherMatches() {
        // "chest" is in knee-rolls' steps only, but in the name of knees-to-chest, which is later in the catalog.
        assertThat(ids("chest")).containsExactly("knees-to-chest", "knee-rolls");
        // "one" is in no name: catalog order.
        assertThat(ids("one")).containsExactly("knee-rolls", "bird-dog");
    }

    @Test
    void aNameHoldingEveryWordBeatsANameHoldingSome() {
        Catalog c = catalog(
                exercise("a", "Chest opener", Position.STANDING, "Bend your knee."),
                exercise("b", "Wall push", Position.STANDING, "Bring knee to chest."),
                exercise("c", "Knee to chest", Position.LYING_ON_BACK, "Hug it."));
        List<String> found = search.search(c, ExerciseQuery.forText("knee chest"), "en").stream()
                .map(Exercise::id)
                .toList();
        assertThat(found).containsExactly("c", "a", "b");
    }

    /**
     * A trial clinician typed "hamstring" and pressed Enter: the first hit is what Enter adds, so a name that
     * starts with the word comes before one that only contains it, and both before a match in the steps.
     */
    @Test
    void aNameStartingWithTheWordBeatsANameContainingIt() {
        Catalog c = catalog(
                exercise("bridge", "Bridge", Position.LYING_ON_BACK, "Feel the hamstrings work."),
                exercise("seated", "Seated hamstring stretch", Position.SITTING, "Sit tall."),
                exercise("towel", "Hamstring stretch with towel", Position.LYING_ON_BACK, "Loop a towel."),
                exercise("standing", "Standing hamstring stretch", Position.STANDING, "Stand tall."));
        assertThat(search.search(c, ExerciseQuery.forText("hamstring"), "en").stream()
                        .map(Exercise::id)
                        .toList())
                .containsExactly("towel", "seated", "standing", "bridge");
        // the first word typed decides which name starts with it
        assertThat(search.search(c, ExerciseQuery.forText("standing ham"), "en").stream()
                        .map(Exercise::id)
                        .toList())
                .containsExactly("standing");
        assertThat(search.search(c, ExerciseQuery.forText("stretch"), "en").stream()
                        .map(Exercise::id)
                        .toList())
                .containsExactly("seated", "towel", "standing", "bridge"); // the bridge by its kind, a stretch
        // the word itself before a longer one it starts
        Catalog knees = catalog(
                exercise("single", "Single knee to chest", Position.LYING_ON_BACK, "Hug one knee."),
                exercise("knees", "Knees to chest", Position.LYING_ON_BACK, "Hug both knees."),
                exercise("rolls", "Knee rolls", Position.LYING_ON_BACK, "Roll your knees."));
        assertThat(search.search(knees, ExerciseQuery.forText("knee"), "en").stream()
                        .map(Exercise::id)
                        .toList())
                .containsExactly("rolls", "knees", "single");
    }

    @Test
    void filtersNarrowTheResults() {
        assertThat(ids(ExerciseQuery.ALL.withPositions(Position.HANDS_AND_KNEES, Position.SITTING), "en"))
                .containsExactly("bird-dog", "leg-press");
        assertThat(ids(ExerciseQuery.ALL.withKinds(ExerciseKind.STRETCH), "en"))
                .containsExactly("knees-to-chest", "towel-hamstring-stretch");
        assertThat(ids(ExerciseQuery.ALL.withEquipment(Equipment.TOWEL, Equipment.EXERCISE_MACHINE), "en"))
                .containsExactly("towel-hamstring-stretch", "leg-press");
        assertThat(ids(ExerciseQuery.ALL.withLevels(Level.ADVANCED), "en")).containsExactly("leg-press");
        assertThat(ids(ExerciseQuery.forText("knee").withKinds(ExerciseKind.STRETCH), "en"))
                .containsExactly("knees-to-chest");
    }

    @Test
    void originFilterSeparatesTheClinicsOwnExercises() {
        Exercise own = exercise("clinic-cat-camel", "Cat-camel", Position.HANDS_AND_KNEES, "Round your back.");
        Catalog withOwn = CATALOG.withUserExercises(List.of(own), new ArrayList<>());
        assertThat(search.search(withOwn, ExerciseQuery.ALL.withOrigin(Origin.USER), "en"))
                .extracting(Exercise::id)
                .containsExactly("clinic-cat-camel");
        assertThat(search.search(withOwn, ExerciseQuery.ALL.withOrigin(Origin.BUILT_IN), "en"))
                .hasSize(6);
    }

    @Test
    void theIndexIsBuiltOncePerCatalogAndLanguage() {
        SearchIndex first = search.indexFor(CATALOG, "en");
        assertThat(search.indexFor(CATALOG, "en")).isSameAs(first);
        assertThat(search.indexFor(CATALOG, null)).isSameAs(first);
        assertThat(search.indexFor(CATALOG, "es")).isNotSameAs(first);
        assertThat(search.indexFor(catalog(SIX.get(0)), "en")).isNotSameAs(first);
    }

    @Test
    void aLargeLibraryIsSearchedCompletely() {
        List<Exercise> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(Exercise.builder("ex-" + i, (i % 3 == 0 ? "Plank " : "Lift ") + i)
                    .position(Position.values()[i % 7])
                    .kind(ExerciseKind.values()[i % 5])
                    .targets(List.of(Target.values()[i % 13]))
                    .steps(List.of("Step one of exercise " + i + ".", "Step two."))
                    .build());
        }
        Catalog big = new Catalog(many, Map.of("en", EN));
        assertThat(search.search(big, ExerciseQuery.forText("plank"), "en")).hasSize(500);
        assertThat(search.search(big, ExerciseQuery.forText("exercise 1499"), "en"))
                .extracting(Exercise::id)
                .containsExactly("ex-1499");
        assertThat(search.search(big, ExerciseQuery.forText("lower back").withPositions(Position.LYING_ON_BACK), "en"))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.targets()).containsExactly(Target.LOWER_BACK);
                    assertThat(e.position()).isEqualTo(Position.LYING_ON_BACK);
                });
    }
}
