package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The daily plan names every exercise the sheet prints: the first session holds all of them but those spread over
 * the day (the walking break, every hour), which the plan lists apart, and each later one only
 * exercises that are in it, whatever the position or kind (a reader thought the sitting stretch was left out), in
 * every sample and template, listed in order and grouped by position.
 */
class PlanCoversEveryExerciseTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();

    static Stream<Arguments> sheets() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("samples"), Path.of("assets/templates"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".backsheet.json"))
                        .sorted()
                        .toList()) {
                    for (boolean grouped : List.of(false, true)) {
                        all.add(Arguments.of(file, grouped));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} grouped {1}")
    @MethodSource("sheets")
    void everyPrintedExerciseIsInTheFirstSessionAndLaterSessionsHoldOnlyPrintedOnes(Path file, boolean grouped)
            throws Exception {
        Sheet sheet = SheetFiles.read(file).withGroupByPosition(grouped);
        HandoutContent content = new ContentResolver(
                        sheet, CATALOG, new Labels(sheet.language()), new Warnings(), new Messages())
                .resolve();
        List<Integer> printed = content.groups().stream()
                .flatMap(g -> g.exercises().stream())
                .map(ExerciseContent::number)
                .toList();
        assertThat(printed).hasSize(sheet.items().size());
        List<DailyPlan.Session> sessions = content.plan().sessions();
        List<Integer> planned =
                new ArrayList<>(sessions.isEmpty() ? List.of() : sessions.get(0).exercises());
        content.plan().spread().forEach(s -> planned.addAll(s.exercises()));
        assertThat(planned).as("session 1 and through the day").containsExactlyInAnyOrderElementsOf(printed);
        for (DailyPlan.Session later : sessions) {
            assertThat(printed).containsAll(later.exercises());
        }
        assertThat(printed).containsAll(content.plan().someDaysOnly());
    }
}
