package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLibraryTest {

    @TempDir
    Path dir;

    private void exercise(String fileName, String id) throws Exception {
        Files.writeString(
                dir.resolve(fileName),
                "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"" + id + "\",\"name\":\"N " + id
                        + "\",\"steps\":[\"Do it.\"]}");
    }

    @Test
    void readsEveryExerciseFileAndReportsAndSkipsTheBadOnes() throws Exception {
        exercise("b.exercise.json", "clinic-b");
        exercise("a.exercise.json", "clinic-a");
        Files.writeString(dir.resolve("broken.exercise.json"), "{\"format\":\"backsheet/exercise\",\"version\":1,");
        Files.writeString(dir.resolve("notes.txt"), "not an exercise");
        Files.createDirectory(dir.resolve("sub.exercise.json"));
        List<Problem> problems = new ArrayList<>();
        List<Exercise> exercises = UserLibrary.load(dir, problems);
        assertThat(exercises).extracting(Exercise::id).containsExactly("clinic-a", "clinic-b");
        assertThat(exercises).allMatch(e -> e.origin() == Origin.USER);
        assertThat(problems)
                .singleElement()
                .extracting(Problem::toString)
                .asString()
                .startsWith(dir.resolve("broken.exercise.json") + ":1:");
    }

    @Test
    void aSecondFileWithTheSameIdIsAWarningAndSkipped() throws Exception {
        exercise("a.exercise.json", "same");
        exercise("b.exercise.json", "same");
        List<Problem> problems = new ArrayList<>();
        assertThat(UserLibrary.load(dir, problems)).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).contains("b.exercise.json: id: the id 'same' is already used by a.exercise.json");
        });
    }

    @Test
    void aMissingFolderIsOneProblem() {
        List<Problem> problems = new ArrayList<>();
        assertThat(UserLibrary.load(dir.resolve("nope"), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("does not exist");
    }

    @Test
    void theCatalogWithTheUserLibraryKnowsBothAndSheetChecksUseIt() throws Exception {
        exercise("mine.exercise.json", "clinic-mine");
        exercise("clash.exercise.json", "bird-dog");
        Catalog builtIn = BuiltInCatalog.load(getClass().getClassLoader(), "io/fixture-assets");
        List<Problem> problems = new ArrayList<>();
        Catalog all = UserLibrary.catalogWith(builtIn, dir, problems);
        assertThat(all.contains("clinic-mine")).isTrue();
        assertThat(all.find("bird-dog").orElseThrow().origin()).isEqualTo(Origin.BUILT_IN);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.isError())
                .isFalse());

        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("clinic-mine"), SheetItem.of("pelvic-tilt"), SheetItem.of("made-up")));
        assertThat(SheetChecks.unknownExercises(sheet, all, "s.backsheet.json"))
                .extracting(Problem::toString)
                .containsExactly("s.backsheet.json: items[2].exercise: unknown exercise 'made-up': it is neither "
                        + "built in nor in the exercise library");
        assertThat(SheetChecks.unknownExercises(sheet, builtIn, "s")).hasSize(2);
    }
}
