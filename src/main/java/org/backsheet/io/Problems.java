package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Problem;

/** Collects the problems found while reading one file, so that all of them are reported at once. */
final class Problems {

    private final String fileName;
    private final List<Problem> list = new ArrayList<>();

    Problems(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    void at(String fieldPath, String message) {
        list.add(Problem.atField(fileName, fieldPath, message));
    }

    void warnAt(String fieldPath, String message) {
        list.add(Problem.atField(fileName, fieldPath, message).asWarning());
    }

    /** A problem found by a reader of one part of the file (a figure), already located. */
    void add(Problem problem) {
        list.add(problem);
    }

    boolean hasErrors() {
        for (Problem p : list) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    List<Problem> all() {
        return List.copyOf(list);
    }

    /** Throws when any error was found; warnings alone do not stop a file from loading. */
    void throwIfErrors() throws FileFormatException {
        if (hasErrors()) {
            throw new FileFormatException(list);
        }
    }
}
