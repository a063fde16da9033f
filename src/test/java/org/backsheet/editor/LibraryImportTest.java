package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.editor.UserExerciseControllerTest.BUILT_IN;
import static org.backsheet.editor.UserExerciseControllerTest.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backsheet.io.ExerciseArchive;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryImportTest {

    @TempDir
    Path mineFolder;

    @TempDir
    Path theirsFolder;

    @TempDir
    Path out;

    @Test
    void anImportWithAConflictFollowsTheUsersChoicePerExercise() throws Exception {
        CatalogSource mine = new CatalogSource(BUILT_IN, mineFolder, Runnable::run);
        UserExerciseController my = new UserExerciseController(mine);
        my.create(draft("Wall sit", "Mine: lean on the wall."));
        my.create(draft("Heel slide", "Slide the heel."));
        my.create(draft("Chin tuck", "Mine: tuck the chin."));

        CatalogSource theirs = new CatalogSource(BUILT_IN, theirsFolder, Runnable::run);
        UserExerciseController their = new UserExerciseController(theirs);
        their.create(draft("Wall sit", "Theirs: back flat on the wall."));
        their.create(draft("Heel slide", "Slide the heel."));
        their.create(draft("Chin tuck", "Theirs: nod gently."));
        their.create(draft("Clam shell", "Lie on your side."));
        Exercise pelvicTilt = BUILT_IN.find("pelvic-tilt").orElseThrow();
        Path zip = out.resolve("theirs.zip");
        List<Exercise> shared = new ArrayList<>(
                theirs.current().all().stream().filter(their::canChange).toList());
        shared.add(pelvicTilt.withName("Pelvic tilt, their way"));
        ExerciseArchive.write(shared, zip);

        LibraryImport importer = new LibraryImport(mine, my);
        LibraryImport.Plan plan = importer.plan(zip);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.count(LibraryImport.Status.NEW)).isEqualTo(1);
        assertThat(plan.count(LibraryImport.Status.SAME)).isEqualTo(1);
        assertThat(plan.conflicts())
                .extracting(i -> i.exercise().id())
                .containsExactlyInAnyOrder("wall-sit", "chin-tuck", "pelvic-tilt");

        LibraryImport.Result result = importer.apply(
                plan,
                Map.of(
                        "wall-sit", LibraryImport.Choice.REPLACE,
                        "chin-tuck", LibraryImport.Choice.IMPORT_AS_COPY));
        assertThat(result).isEqualTo(new LibraryImport.Result(1, 1, 2, 1, 0));

        List<Problem> problems = new ArrayList<>();
        CatalogSource reread = new CatalogSource(BUILT_IN, mineFolder, Runnable::run);
        problems.addAll(reread.load());
        assertThat(problems).isEmpty();
        assertThat(reread.current().find("wall-sit").orElseThrow().steps())
                .containsExactly("Theirs: back flat on the wall.");
        assertThat(reread.current().find("chin-tuck").orElseThrow().steps()).containsExactly("Mine: tuck the chin.");
        assertThat(reread.current().find("chin-tuck-2").orElseThrow().steps()).containsExactly("Theirs: nod gently.");
        assertThat(reread.current().find("clam-shell")).isPresent();
        assertThat(reread.current().find("pelvic-tilt").orElseThrow().isBuiltIn())
                .isTrue();
        assertThat(reread.current().find("pelvic-tilt-2").orElseThrow().name()).isEqualTo("Pelvic tilt, their way");
        assertThat(mineFolder.resolve("pelvic-tilt" + ExerciseFiles.EXTENSION)).doesNotExist();
    }

    @Test
    void exportWritesOnlyTheClinicsOwnExercises() throws Exception {
        CatalogSource mine = new CatalogSource(BUILT_IN, mineFolder, Runnable::run);
        UserExerciseController my = new UserExerciseController(mine);
        my.create(draft("Wall sit", "Lean."));
        int n = new LibraryImport(mine, my).exportMine(out.resolve("mine.zip"));
        assertThat(n).isEqualTo(1);
        assertThat(ExerciseArchive.read(out.resolve("mine.zip"), new ArrayList<>()))
                .extracting(Exercise::id)
                .containsExactly("wall-sit");
    }
}
