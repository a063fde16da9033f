package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.model.Problem;

/** Collects the problems found while reading one file, so that all of them are reported at once. */
final class Problems {

    /**
     * Problems kept per file. A hostile file can hold millions of repeated keys; beyond this many, problems
     * are only counted and summarised in one closing line, so memory and the user's screen stay bounded.
     */
    static final int MAX_KEPT = 20;

    private final String fileName;
    private final List<Problem> list = new ArrayList<>();
    private int omitted;
    private long textChars;
    private boolean omittedError;

    Problems(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    void at(String fieldPath, String message) {
        add(Problem.atField(fileName, fieldPath, message));
    }

    void warnAt(String fieldPath, String message) {
        add(Problem.atField(fileName, fieldPath, message).asWarning());
    }

    /** A problem found by a reader of one part of the file (a figure), already located. */
    void add(Problem problem) {
        if (list.size() < MAX_KEPT) {
            list.add(problem);
        } else {
            omitted++;
            omittedError |= problem.isError();
        }
    }

    /** Counts the characters of a text read from the file, for the file's total ({@link #textChars()}). */
    void countText(int chars) {
        textChars += chars;
    }

    long textChars() {
        return textChars;
    }

    boolean hasErrors() {
        if (omittedError) {
            return true;
        }
        for (Problem p : list) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    List<Problem> all() {
        if (omitted == 0) {
            return List.copyOf(list);
        }
        List<Problem> all = new ArrayList<>(list);
        Problem more = Problem.ofFile(fileName, String.format(Locale.ROOT, "... and %,d more problems", omitted));
        all.add(omittedError ? more : more.asWarning());
        return List.copyOf(all);
    }

    /** Throws when any error was found; warnings alone do not stop a file from loading. */
    void throwIfErrors() throws FileFormatException {
        if (hasErrors()) {
            throw new FileFormatException(all());
        }
    }
}
