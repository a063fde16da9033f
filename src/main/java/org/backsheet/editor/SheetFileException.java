package org.backsheet.editor;

import java.util.List;
import org.backsheet.model.Problem;

/** A file could not be opened as a sheet; the problems say why, in the words the command line uses. */
public final class SheetFileException extends Exception {

    private final transient List<Problem> problems;

    public SheetFileException(List<Problem> problems) {
        super(problems.isEmpty() ? "not a sheet file" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
