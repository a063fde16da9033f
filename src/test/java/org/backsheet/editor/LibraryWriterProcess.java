package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;

/**
 * A second clinician in a separate JVM, started by tests: waits for a line on standard input (so several
 * start at the same moment), then creates {@code count} exercises in the library folder through the editor's
 * own controller and prints the id of each.
 *
 * <p>Arguments: FOLDER COUNT WRITER-NAME.
 */
public final class LibraryWriterProcess {

    private LibraryWriterProcess() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String writer = args[2];
        CatalogSource source = new CatalogSource(BuiltInCatalog.load(), folder, Runnable::run);
        source.load();
        UserExerciseController controller = new UserExerciseController(source);
        System.in.read();
        for (int i = 1; i <= count; i++) {
            // Both writers use the same names, so they race for the same ids.
            Exercise draft = Exercise.builder("", "Shared exercise " + i)
                    .steps(List.of("Written by " + writer + "."))
                    .origin(Origin.USER)
                    .build();
            System.out.println(controller.create(draft).id());
        }
        System.out.flush();
    }

    /** Starts this program in a new JVM with the test class path. */
    static Process start(Path folder, int count, String writer) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LibraryWriterProcess.class.getName(),
                        folder.toString(),
                        Integer.toString(count),
                        writer)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
