package org.backsheet.model;

/**
 * One thing wrong with a file, located either by JSON field path ({@code items[2].reps}) or by line and
 * column (broken JSON). Printed as {@code FILE: items[2].reps: message} or {@code FILE:LINE:COL: message}.
 */
public record Problem(String file, String fieldPath, int line, int column, String message, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem atField(String file, String fieldPath, String message) {
        return new Problem(file, fieldPath, 0, 0, message, Severity.ERROR);
    }

    public static Problem atPosition(String file, int line, int column, String message) {
        return new Problem(file, null, line, column, message, Severity.ERROR);
    }

    public static Problem ofFile(String file, String message) {
        return new Problem(file, null, 0, 0, message, Severity.ERROR);
    }

    public Problem asWarning() {
        return new Problem(file, fieldPath, line, column, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one line a user reads, e.g. {@code back.backsheet.json: items[2].reps: must be 1 to 100, was 500}. */
    @Override
    public String toString() {
        String where = file == null ? "" : file;
        if (line > 0) {
            return where + ":" + line + ":" + column + ": " + message;
        }
        if (fieldPath != null && !fieldPath.isEmpty()) {
            return where + ": " + fieldPath + ": " + message;
        }
        return where + ": " + message;
    }
}
