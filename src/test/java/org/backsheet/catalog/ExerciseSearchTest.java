package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.Target;
import org.backsheet.model.WarningSigns;
import org.junit.jupiter.api.Test;

class ExerciseSearchTest {

    private static final StandardTexts EN = new StandardTexts(
            "en",
            List.of(),
            List.of(),
            "See a doctor.",
            "Doctor.",
            new WarningSigns(
                    new WarningSigns.Tier("Now:", List.of("Sign.")), new WarningSigns.Tier("Soon:", List.of("Sign."))));

    private final ExerciseSearch search = new ExerciseSearch();

    private static Exercise exercise(
            String id,
            String name,
            Position position,
            ExerciseKind kind,
            Level level,
            List<Target> targets,
            List<Equipment> equipment,
            List<String> steps,
            Map<String, ExerciseText> translations) {
        return Exercise.builder(id, name)
                .position(position)
                .kind(kind)
                .level(level)
                .targets(targets)
                .equipment(equipment)
                .steps(steps)
                .purpose("Helps.")
                .translations(translations)
                .build();
    }

    private static final Exercise BRIDGE = exercise(
            "bridging",
            "Bridge",
            Position.LYING_ON_BACK,
            ExerciseKind.STRENGTHEN,
            Level.BASIC,
            List.of(Target.GLUTES),
            List.of(Equipment.MAT),
            List.of("Lie on your back.", "Lift your hips."),
            Map.of(
                    "es",
                    new ExerciseText(
                            "Puente",
                            List.of("Túmbese boca arriba.", "Levante la cadera."),
                            "Fortalece los glúteos.",
                            List.of())));
    private static final Exercise KNEE_ROLLS = exercise(
            "knee-rolls",
            "Knee rolls",
            Position.LYING_ON_BACK,
            ExerciseKind.MOBILITY,
            Level.BASIC,
            List.of(Target.HIPS),
            List.of(),
            List.of("Roll your knees to one side.", "Bring your knees to your chest."),
            Map.of());
    private static final Exercise KNEES_TO_CHEST = exercise(
            "knees-to-chest",
            "Knees to chest",
            Position.LYING_ON_BACK,
            ExerciseKind.STRETCH,
            Level.BASIC,
            List.of(Target.LOWER_BACK),
            List.of(),
            List.of("Hug both knees.", "Breathe out."),
            Map.of());
    private static final Exercise TOWEL = exercise(
            "towel-hamstring-stretch",
            "Hamstring stretch with towel",
            Position.LYING_ON_BACK,
            ExerciseKind.STRETCH,
            Level.BASIC,
            List.of(Target.HAMSTRINGS),
            List.of(Equipment.TOWEL),
            List.of("Loop a towel around your foot.", "Warm up first."),
            Map.of());
    private static final Exercise BIRD_DOG = exercise(
            "bird-dog",
            "Bird dog",
            Position.HANDS_AND_KNEES,
            ExerciseKind.STABILIZE,
            Level.BASIC,
            List.of(Target.ABDOMINALS),
            List.of(Equipment.MAT),
            List.of("Kneel on all fours.", "Reach out one arm and the other leg."),
            Map.of());
    private static final Exercise LEG_PRESS = exercise(
            "leg-press",
            "Leg press",
            Position.SITTING,
            ExerciseKind.STRENGTHEN,
            Level.ADVANCED,
            List.of(Target.QUADRICEPS),
            List.of(Equipment.EXERCISE_MACHINE),
            List.of("Sit in the machine.", "Push the plate away."),
            Map.of());

    private static Catalog catalog(Exercise... exercises) {
        return new Catalog(List.of(exercises), Map.of("en", EN));
    }

    private static final Catalog CATALOG = catalog(BRIDGE, KNEE_ROLLS, KNEES_TO_CHEST, TOWEL, BIRD_DOG, LEG_PRESS);

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
                exercise(
                        "a",
                        "Chest opener",
                        Position.STANDING,
                        ExerciseKind.STRETCH,
                        Level.BASIC,
                        List.of(),
                        List.of(),
                        List.of("Bend your knee."),
                        Map.of()),
                exercise(
                        "b",
                        "Wall push",
                        Position.STANDING,
                        ExerciseKind.STRETCH,
                        Level.BASIC,
                        List.of(),
                        List.of(),
                        List.of("Bring knee to chest."),
                        Map.of()),
                exercise(
                        "c",
                        "Knee to chest",
                        Position.LYING_ON_BACK,
                        ExerciseKind.STRETCH,
                        Level.BASIC,
                        List.of(),
                        List.of(),
                        List.of("Hug it."),
                        Map.of()));
        List<String> found = search.search(c, ExerciseQuery.forText("knee chest"), "en").stream()
                .map(Exercise::id)
                .toList();
        assertThat(found).containsExactly("c", "a", "b");
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
        Exercise own = exercise(
                "clinic-cat-camel",
                "Cat-camel",
                Position.HANDS_AND_KNEES,
                ExerciseKind.MOBILITY,
                Level.BASIC,
                List.of(),
                List.of(),
                List.of("Round your back."),
                Map.of());
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
        assertThat(search.indexFor(catalog(BRIDGE), "en")).isNotSameAs(first);
    }

    @Test
    void aLargeLibraryIsSearchedCompletely() {
        List<Exercise> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(exercise(
                    "ex-" + i,
                    (i % 3 == 0 ? "Plank " : "Lift ") + i,
                    Position.values()[i % 7],
                    ExerciseKind.values()[i % 5],
                    Level.BASIC,
                    List.of(Target.values()[i % 13]),
                    List.of(),
                    List.of("Step one of exercise " + i + ".", "Step two."),
                    Map.of()));
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
