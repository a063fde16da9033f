package org.backsheet.io;

import java.util.List;
import java.util.stream.Collectors;
import org.backsheet.model.Problem;

/** A file that cannot be used as it is, with every problem found in it (each names the file and the field). */
public class FileFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public FileFormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a FileFormatException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public FileFormatException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order as far as it is known; at least one. */
    public List<Problem> problems() {
        return problems;
    }
}
