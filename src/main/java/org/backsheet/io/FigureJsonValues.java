package org.backsheet.io;

import java.util.List;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.model.Problem;

/**
 * Checks the single values of a figure block (numbers in range, pairs, names from a list) and records each
 * problem with its file, line, column and field path, for {@link FigureJson} and {@link FigurePoseJson}.
 */
final class FigureJsonValues {

    static final double MAX_ANGLE = 360;
    static final double MAX_OFFSET = 3;

    private final String file;
    private final List<Problem> problems;

    FigureJsonValues(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(JsonNode where, String field, String message) {
        problems.add(new Problem(file, field, where.line(), where.column(), message, Problem.Severity.ERROR));
    }

    /** A problem that leaves out only the value it names: the drawing is kept. */
    void warning(JsonNode where, String field, String message) {
        problems.add(new Problem(file, field, where.line(), where.column(), message, Problem.Severity.WARNING));
    }

    <E extends Enum<E>> E enumValue(JsonNode v, String at, Class<E> type) {
        return JsonChoices.choice(v, type, message -> problem(v, at, message));
    }

    Double number(JsonNode v, String at, double limit) {
        if (v.is(Kind.NUMBER) && v.text().length() <= JsonNumbers.MAX_NUMBER_CHARS) {
            double d = Double.parseDouble(v.text());
            if (Double.isFinite(d) && Math.abs(d) <= limit) {
                return d;
            }
            problem(v, at, "must be between " + fmt(-limit) + " and " + fmt(limit) + ", was " + v.text());
            return null;
        }
        problem(v, at, "must be a number, not " + v.describe());
        return null;
    }

    double[] pair(JsonNode v, String at, double limit) {
        if (v.is(Kind.ARRAY) && v.elements().size() == 2) {
            Double a = number(v.elements().get(0), at + "[0]", limit);
            Double b = number(v.elements().get(1), at + "[1]", limit);
            return a == null || b == null ? null : new double[] {a, b};
        }
        problem(v, at, "must be a pair of numbers [a, b], not " + v.describe());
        return null;
    }

    /** One number for both sides, or {@code [near, far]}. */
    double[] sides(JsonNode v, String at) {
        if (v.is(Kind.ARRAY)) {
            return pair(v, at, MAX_ANGLE);
        }
        Double d = number(v, at, MAX_ANGLE);
        return d == null ? null : new double[] {d, d};
    }

    boolean flag(JsonNode v, String at) {
        if (!v.isBoolean()) {
            problem(v, at, "must be true or false, not " + v.describe());
            return false;
        }
        return v.is(Kind.TRUE);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
