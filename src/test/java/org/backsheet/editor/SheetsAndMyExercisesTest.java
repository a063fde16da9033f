package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.editor.UserExerciseControllerTest.BUILT_IN;
import static org.backsheet.editor.UserExerciseControllerTest.draft;

import java.nio.file.Path;
import java.util.List;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.DoseField;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How sheets and the clinic's own exercises meet: carried copies on save, on delete, and on a colleague's machine. */
class SheetsAndMyExercisesTest {

    @TempDir
    Path tmp;

    private CatalogSource source;
    private UserExerciseController mine;
    private EditorController editor;

    @BeforeEach
    void setUp() {
        source = new CatalogSource(BUILT_IN, tmp.resolve("library"), Runnable::run);
        mine = new UserExerciseController(source);
        FakeFiles files = new FakeFiles();
        editor = TestEditors.controller(source.current(), files, files);
        source.addListener(editor::setCatalog);
    }

    @Test
    void savingCarriesCopiesOfMyExercisesOnlyAndDropsUnusedOnes() throws Exception {
        Exercise wallSit = mine.create(draft("Wall sit", "Lean on the wall."));
        Exercise unused = mine.create(draft("Heel slide", "Slide the heel."));
        Exercise stale = draft("Gone", "x").withId("gone");
        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("pelvic-tilt"), SheetItem.of("wall-sit"), SheetItem.of("gone")))
                .withCarriedExercises(List.of(stale, unused));
        Path file = tmp.resolve("s.backsheet.json");
        new CarryingSheetStore(new JsonSheetStore(), source::current).save(sheet, file);
        assertThat(SheetFiles.read(file).carriedExercises())
                .extracting(Exercise::id)
                .containsExactly("wall-sit", "gone");
        assertThat(SheetFiles.read(file).carriedExercise("wall-sit")).contains(wallSit);
    }

    @Test
    void deletingAnExerciseTheSheetUsesKeepsACopyInTheSheet() throws Exception {
        Exercise wallSit = mine.create(draft("Wall sit", "Lean on the wall."));
        editor.items().add("wall-sit");
        editor.keepCopyIfUsed(wallSit);
        mine.delete(wallSit);
        assertThat(editor.catalog().contains("wall-sit")).isFalse();
        assertThat(editor.sheet().carriedExercise("wall-sit")).contains(wallSit);
        editor.items().select(0);
        assertThat(editor.item().selectedExercise()).contains(wallSit);
        assertThat(editor.item().defaultValue(DoseField.REPS)).isEqualTo(10);
    }

    @Test
    void aColleaguesCarriedExercisesCanBeAddedToMyLibrary() throws Exception {
        Exercise theirs = draft("Clam shell", "Lie on your side.").withId("clam-shell");
        Exercise builtInId = draft("Their pelvic tilt", "x").withId("pelvic-tilt");
        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("clam-shell")))
                .withCarriedExercises(List.of(theirs, builtInId));
        List<Exercise> unknown = CarriedExercises.unknownTo(sheet, source.current());
        assertThat(unknown).extracting(Exercise::id).containsExactly("clam-shell");
        List<Exercise> saved = mine.adopt(unknown);
        assertThat(saved).extracting(Exercise::id).containsExactly("clam-shell");
        assertThat(ExerciseFiles.read(tmp.resolve("library/clam-shell.exercise.json"))
                        .name())
                .isEqualTo("Clam shell");
        assertThat(source.current().find("clam-shell")).isPresent();
        assertThat(mine.adopt(unknown)).isEmpty();
    }
}
