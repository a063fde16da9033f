package org.backsheet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.model.Problem;

/** Formats the lines the command line prints about files, so every command words them the same way. */
final class UserMessages {

    private UserMessages() {}

    /**
     * A problem as one line: errors as {@code FILE: items[2].reps: message} or {@code FILE:LINE:COL: message};
     * warnings get {@code warning:} after the location so they stand out from errors.
     */
    static String line(Problem problem) {
        if (problem.isError()) {
            return problem.toString();
        }
        String file = problem.file() == null ? "" : problem.file();
        String where;
        if (problem.line() > 0) {
            where = file + ":" + problem.line() + ":" + problem.column();
        } else {
            where = file;
        }
        String field = problem.line() <= 0
                        && problem.fieldPath() != null
                        && !problem.fieldPath().isEmpty()
                ? problem.fieldPath() + ": "
                : "";
        return where + ": warning: " + field + problem.message();
    }

    /** Lines shown per file; one file can otherwise print millions (a repeated key, a missing glyph each time). */
    static final int MAX_LINES_PER_FILE = 20;

    /**
     * The first {@link #MAX_LINES_PER_FILE} of {@code lines} about {@code file}, then one line saying how many
     * more there were ({@code FILE: ... and 59,990 more}).
     */
    static List<String> summarised(String file, List<String> lines) {
        if (lines.size() <= MAX_LINES_PER_FILE + 1) {
            return lines; // (a reader's own "... and N more" line may follow the first twenty)
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_LINES_PER_FILE));
        shown.add(String.format(Locale.ROOT, "%s: ... and %,d more", file, lines.size() - MAX_LINES_PER_FILE));
        return shown;
    }

    /** A warning the renderer gave about one sheet. */
    static String renderWarning(String file, String warning) {
        return file + ": warning: " + warning;
    }

    /** Why an I/O operation failed, in words; the caller names the file, so the reason does not repeat it. */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Why saving {@code target} failed, without the "Could not save FILE:" that the safe-save code puts first. */
    static String saveFailure(Path target, IOException e) {
        String prefix = "Could not save " + target + ": ";
        String message = e.getMessage();
        if (message != null && message.startsWith(prefix)) {
            return message.substring(prefix.length());
        }
        return reason(e);
    }
}
