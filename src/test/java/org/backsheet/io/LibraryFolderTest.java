package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFolderTest {

    @TempDir
    Path dir;

    static Exercise exercise(String id, String name) {
        return Exercise.builder(id, name)
                .steps(List.of("Do it slowly."))
                .origin(Origin.USER)
                .build();
    }

    @Test
    void addWritesOneCompleteFileNamedAfterTheId() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("new-folder"));
        Exercise saved = folder.add(exercise("wall-sit", "Wall sit"), id -> false);
        assertThat(saved.id()).isEqualTo("wall-sit");
        Path file = dir.resolve("new-folder/wall-sit.exercise.json");
        assertThat(ExerciseFiles.read(file)).isEqualTo(saved);
        try (var files = Files.list(dir.resolve("new-folder"))) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aFileThatAppearedMeanwhileIsNeverOverwritten() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir);
        Files.writeString(dir.resolve("wall-sit.exercise.json"), "a colleague's file");
        Exercise saved = folder.add(exercise("wall-sit", "Wall sit"), id -> false);
        assertThat(saved.id()).isEqualTo("wall-sit-2");
        assertThat(Files.readString(dir.resolve("wall-sit.exercise.json"))).isEqualTo("a colleague's file");
        assertThat(ExerciseFiles.read(dir.resolve("wall-sit-2.exercise.json")).name())
                .isEqualTo("Wall sit");
    }

    @Test
    void addSkipsIdsTheCatalogHas() throws Exception {
        Exercise saved = new LibraryFolder(dir).add(exercise("bridge", "Bridge"), "bridge"::equals);
        assertThat(saved.id()).isEqualTo("bridge-2");
    }

    @Test
    void replaceAndDeleteTouchOnlyTheirOwnFile() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir);
        folder.add(exercise("one", "One"), id -> false);
        folder.add(exercise("two", "Two"), id -> false);
        folder.replace(exercise("one", "One, changed"));
        List<Problem> problems = new ArrayList<>();
        assertThat(folder.load(problems)).extracting(Exercise::name).containsExactly("One, changed", "Two");
        assertThat(folder.delete("one")).isTrue();
        assertThat(folder.delete("one")).isFalse();
        assertThat(folder.load(problems)).extracting(Exercise::id).containsExactly("two");
        assertThat(problems).isEmpty();
    }
}
