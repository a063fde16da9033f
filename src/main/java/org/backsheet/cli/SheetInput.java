package org.backsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.FileKinds;
import org.backsheet.io.SheetChecks;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;

/**
 * One sheet file read for a command: the sheet when it can be rendered, and every problem found on the way
 * (broken JSON, a value out of bounds, an exercise id the catalog does not know, a missing file).
 */
record SheetInput(Path file, Sheet sheet, List<Problem> problems) {

    SheetInput {
        problems = List.copyOf(problems);
    }

    /** Reads {@code file} and checks its exercise ids against {@code catalog}. Never throws for bad input. */
    static SheetInput read(Path file, Catalog catalog) {
        String name = displayName(file);
        if (Files.isDirectory(file)) {
            return failed(file, Problem.ofFile(name, "is a folder, not a sheet file"));
        }
        // Only an ordinary file is read: a named pipe would wait forever, a link loop is named as one.
        String notAFile = FileKinds.whyNotReadable(file);
        if (notAFile != null) {
            return failed(file, Problem.ofFile(name, notAFile));
        }
        Sheet sheet;
        try {
            sheet = SheetFiles.read(file);
        } catch (FileFormatException e) {
            return new SheetInput(file, null, e.problems());
        } catch (IOException e) {
            return failed(file, Problem.ofFile(name, "cannot read: " + UserMessages.reason(e)));
        } catch (RuntimeException e) {
            // A reader bug on a hostile file must cost only this file, never the batch it is in.
            return failed(
                    file, Problem.ofFile(name, "cannot read (" + e.getClass().getSimpleName() + ")"));
        }
        List<Problem> problems = new ArrayList<>(SheetChecks.unknownExercises(sheet, catalog, name));
        return new SheetInput(file, sheet, problems);
    }

    /** The file as the user named it, which is how every message refers to it. */
    static String displayName(Path file) {
        return file.toString();
    }

    private static SheetInput failed(Path file, Problem problem) {
        return new SheetInput(file, null, List.of(problem));
    }

    /** True when the sheet was read and nothing is wrong enough to stop rendering it. */
    boolean usable() {
        return sheet != null && problems.stream().noneMatch(Problem::isError);
    }

    String name() {
        return displayName(file);
    }
}
