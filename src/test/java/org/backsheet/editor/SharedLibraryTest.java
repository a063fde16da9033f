package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.io.LibraryWatcher;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two clinicians (two JVMs) sharing one library folder, and the watcher noticing what another one adds. */
class SharedLibraryTest {

    @TempDir
    Path shared;

    @Test
    void twoProcessesAddingFiftyExercisesEachAtOnceLoseNothing() throws Exception {
        Process a = LibraryWriterProcess.start(shared, 50, "A");
        Process b = LibraryWriterProcess.start(shared, 50, "B");
        CompletableFuture<String> outA = output(a);
        CompletableFuture<String> outB = output(b);
        go(a);
        go(b);
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();

        List<String> ids = new ArrayList<>(outA.get().lines().toList());
        ids.addAll(outB.get().lines().toList());
        assertThat(ids).hasSize(100).doesNotHaveDuplicates();
        List<Path> files;
        try (Stream<Path> list = Files.list(shared)) {
            files = list.toList();
        }
        assertThat(files).hasSize(100).allMatch(p -> p.toString().endsWith(ExerciseFiles.EXTENSION));
        Set<String> writers = new HashSet<>();
        for (Path file : files) {
            Exercise e = ExerciseFiles.read(file);
            assertThat(file.getFileName().toString()).isEqualTo(e.id() + ExerciseFiles.EXTENSION);
            writers.add(e.steps().get(0));
        }
        assertThat(writers).containsExactlyInAnyOrder("Written by A.", "Written by B.");
    }

    @ParameterizedTest(name = "notifications {0}")
    @ValueSource(booleans = {true, false})
    void theWatcherSeesAFileAnotherProcessAdds(boolean notifications) throws Exception {
        CompletableFuture<List<Exercise>> seen = new CompletableFuture<>();
        try (LibraryWatcher watcher = new LibraryWatcher(
                shared, Duration.ofMillis(300), notifications, (List<Exercise> exercises, List<Problem> problems) -> {
                    if (!exercises.isEmpty()) {
                        seen.complete(exercises);
                    }
                })) {
            watcher.assumeCurrent();
            Process other = LibraryWriterProcess.start(shared, 1, "C");
            go(other);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<Exercise> exercises = seen.get(30, TimeUnit.SECONDS);
            assertThat(exercises).extracting(Exercise::id).containsExactly("shared-exercise-1");
        }
    }

    private static CompletableFuture<String> output(Process p) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void go(Process p) throws Exception {
        OutputStream in = p.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.US_ASCII));
        in.flush();
    }
}
